using System.Globalization;
using System.Xml.Linq;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Pages.Central;
using OpenKazan.Host.Pages.Status;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Requests.Comments;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Transitions;
using OpenKazan.Requests.Workflow;
using OpenKazan.Sla;
using OpenKazan.Tenancy;
using OpenKazan.Requests.Contracts;
using OpenKazan.Sla.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Localization;

/// <summary>
/// Pages build some resource keys from a value ("Status" + the city's status): a value without its key would show the
/// bare key to a reader. Every key such a page can build must exist in Russian, Tatar and English.
/// </summary>
public sealed class ConcatenatedResourceKeysTests
{
    private static readonly string Resources = ResourceFiles.Folder;

    public static TheoryData<string, string> Keys()
    {
        var data = new TheoryData<string, string>();
        void Add(string resource, IEnumerable<string> keys)
        {
            foreach (var key in keys)
            {
                data.Add(resource, key);
            }
        }

        Add("SharedResource", Roles.CityRoles.Where(r => r != Roles.Resident).Select(r => "Role" + r));
        Add("SharedResource", ErrorModel.Explained.Select(c => c.ToString(CultureInfo.InvariantCulture)).Append("Other")
            .SelectMany(kind => new[] { "Error" + kind + "Title", "Error" + kind + "Text" }));
        Add("Areas/CentralResource", Enum.GetNames<TenantStatus>().Select(s => "Status" + s));
        Add("Areas/CentralResource", Enum.GetNames<RolloutStep>().Select(s => "Rollout" + s));
        Add("Areas/CentralResource", Enum.GetNames<IsolationMode>().Select(m => "Isolation" + m));
        Add("Areas/CentralResource", CityFeatures.All.Select(f => "Feature" + f));
        Add("Areas/CentralResource", Enumerable.Range(1, NewCityModel.LastStep).Select(s => "WizardStep" + s));
        Add("Areas/CentralResource", PackageErrorCodes.All.Select(c => "PackageError_" + c));
        Add("Areas/CentralResource", PackageRowKinds.All.SelectMany(k => new[] { $"PackageUsedBy_{k}_one", $"PackageUsedBy_{k}_other" }));
        Add("Areas/TransparencyResource", RequestStatuses.Open.Select(s => "Status_" + s)); // the public list shows open requests only
        Add("Areas/TransparencyResource", Enumerable.Range(1, 5).Select(s => "Score" + s));
        Add("Areas/ResidentResource", Enum.GetNames<RequestStatus>().Select(s => "Event_To_" + s));
        Add("Areas/ResidentResource", new[] { RequestChannel.Web, RequestChannel.CallCentre, RequestChannel.Open311 }.Select(c => "Event_Submitted_" + c));
        Add("Areas/ResidentResource", new[] { EscalationRole.Dispatcher, EscalationRole.OrganisationHead, EscalationRole.Committee }.Select(r => "EscalatedTo_" + r));
        Add("Areas/ResidentResource", new[] { SlaStages.Accept, SlaStages.Localise, SlaStages.Resolve }.Select(s => "Stage_" + s));
        Add("Areas/ResidentResource", Enum.GetNames<ActorRole>().Select(r => "Role_" + r));
        Add("Areas/ResidentResource", Enum.GetValues<TransitionError>().Where(e => e != TransitionError.None).Select(e => "Refused_" + e));
        Add("Areas/ResidentResource", Enum.GetValues<TransitionFailure>().Where(f => f is not (TransitionFailure.None or TransitionFailure.Refused)).Select(f => "Failure_" + f));
        Add("Areas/ResidentResource", Enum.GetValues<CommentFailure>().Where(f => f != CommentFailure.None).Select(f => "Comment_" + f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_built_key_exists_in_every_language(string resource, string key)
    {
        foreach (var suffix in new[] { ".resx", ".tt.resx", ".en.resx" })
        {
            var file = Path.Combine(Resources, resource + suffix);
            var names = XDocument.Load(file).Root!.Elements("data").Select(d => (string?)d.Attribute("name"));
            Assert.True(names.Contains(key), $"{Path.GetFileName(file)} has no \"{key}\".");
        }
    }
}
