using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Requests;

/// <summary>
/// A comment by a party that a channel has vouched for (an Open311 key's organisation or resident) goes through the
/// requests' contract: written in the capacity the party holds towards the request, refused when it holds none, and
/// answered with the history line it wrote.
/// </summary>
public abstract class PartyCommentTests(RequestsFactory factory)
{
    private const string LiftSystem = "Lift dispatch system";

    [Fact]
    public async Task An_organisation_comments_in_its_capacity_only_on_a_request_assigned_to_it()
    {
        var kazan = factory.City("kazan").Id;
        var liftService = await factory.OrganisationIdAsync("kazan", "kazanliftservice");
        var otherCompany = await factory.OrganisationIdAsync("kazan", "liftremont");
        var request = (await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;

        var notAssigned = await CommentAsync(request.Id, RequestActor.Organisation(otherCompany, "Другая система"), "Не наш лифт");
        var blank = await CommentAsync(request.Id, RequestActor.Organisation(liftService, LiftSystem), "   ");
        var written = await CommentAsync(request.Id, RequestActor.Organisation(liftService, LiftSystem), "  Мастер выехал  ");

        Assert.Equal((TransitionFailure.Refused, TransitionError.NotPermitted), (notAssigned.Failure, notAssigned.Refusal?.Error));
        Assert.Equal((TransitionFailure.Refused, TransitionError.InvalidInput), (blank.Failure, blank.Refusal?.Error));
        Assert.Equal(TransitionFailure.None, written.Failure);
        var line = Assert.Single(await factory.QueryAsync("kazan", db => db.Set<RequestEvent>()
            .Where(e => e.RequestId == request.Id && e.Kind == RequestEventKinds.Commented).ToListAsync()));
        Assert.Equal(line.Id, written.Recorded!.Id);
        Assert.Null(written.Recorded.ToStatus);
        Assert.Equal((nameof(ActorRole.Organisation), LiftSystem, "Мастер выехал"), (line.ActorRole, line.ActorName, line.Reason));
        Assert.Equal([LiftSystem], await factory.QueryAsync("kazan", db => db.Set<RequestComment>()
            .Where(c => c.RequestId == request.Id).Select(c => c.AuthorName).ToListAsync()));
    }

    [Fact]
    public async Task A_resident_party_comments_as_the_resident_and_an_unknown_request_is_not_found()
    {
        var kazan = factory.City("kazan").Id;
        var request = (await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000002"), await factory.CategoryIdAsync("kazan", "other.other")))).Request;

        var written = await CommentAsync(request.Id, RequestActor.Party(ActorRole.Resident, "Ильдар"), "Лифт шумит");
        var missing = await CommentAsync(Guid.CreateVersion7(), RequestActor.Party(ActorRole.Resident, "Ильдар"), "Лифт шумит");

        Assert.Equal(TransitionFailure.None, written.Failure);
        Assert.Equal(TransitionFailure.NotFound, missing.Failure);
        var role = await factory.QueryAsync("kazan", db => db.Set<RequestEvent>()
            .Where(e => e.Id == written.Recorded!.Id).Select(e => e.ActorRole).SingleAsync());
        Assert.Equal(nameof(ActorRole.Resident), role);
    }

    private Task<CommentOutcome> CommentAsync(Guid requestId, RequestActor author, string text) =>
        factory.InCityAsync("kazan", sp => sp.GetRequiredService<IRequestCommands>().CommentAsync(requestId, author, text, CancellationToken.None));
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqlitePartyCommentTests(SqliteRequestsFactory factory) : PartyCommentTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresPartyCommentTests(PostgresRequestsFactory factory) : PartyCommentTests(factory);
