using OpenKazan.Open311.Services;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Requests;

/// <summary>Open311 parameters in the shape of the intake's submission, so the intake's own validation applies.</summary>
internal static class Submission
{
    public static SubmitRequestBody Body(
        Open311Call call, Guid buildingId, NamedCategory category, string? description, IReadOnlyDictionary<string, string[]> attributes)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(attributes);
        var name = string.Join(' ', new[] { call.Parameter("first_name"), call.Parameter("last_name") }.Where(n => n is not null));
        var email = call.Parameter("email");
        var phone = call.Parameter("phone");

        // A person who leaves an e-mail or phone with an Open311 app expects to hear back about the request.
        var requester = new RequesterBody(nameof(RequesterKind.Person), name.Length > 0 ? name : null, phone, email, email is not null || phone is not null, null);
        return new SubmitRequestBody(nameof(RequestChannel.Open311), requester, buildingId, null, null,
            One(attributes, ServiceAttributes.Flat), One(attributes, ServiceAttributes.Entrance), category.Id,
            WithDetails(description ?? category.Name.In(call.City.DefaultCulture), attributes));
    }

    /// <summary>Attributes that have no column of their own go into the description, where the contractor reads them.</summary>
    private static string WithDetails(string description, IReadOnlyDictionary<string, string[]> attributes)
    {
        var details = attributes.Where(a => a.Key is not (ServiceAttributes.Flat or ServiceAttributes.Entrance))
            .Select(a => $"{a.Key}: {string.Join(", ", a.Value)}").ToList();
        return details.Count == 0 ? description : $"{description}\n\n{string.Join("; ", details)}";
    }

    private static string? One(IReadOnlyDictionary<string, string[]> attributes, string code) =>
        attributes.TryGetValue(code, out var values) ? values[0] : null;
}
