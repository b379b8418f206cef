using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Feedback.Domain;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>Feedback on a request: once by its requester, editable for a while, a low score reopens it through the workflow.</summary>
[Collection(TransparencyCollection.Name)]
public sealed class FeedbackTests(TransparencyFactory factory)
{
    private sealed record Feedback(string Number, int Score, string? Comment, bool CommentPublic, DateTime? EditableUntil, bool Reopened);

    [Fact]
    public async Task A_low_rating_reopens_the_request_in_its_history_and_can_be_changed_only_for_a_week()
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.Kazan));
        var request = await factory.ResolvedRequestAsync(resident, "kzn-000263");

        var rated = await TransparencyFactory.PutFeedbackAsync(resident, request.Number, new { score = 2, comment = "Дверь снова не закрывается" });
        await ExpectAsync(rated, HttpStatusCode.OK);
        Assert.True((await rated.Content.ReadFromJsonAsync<Feedback>(Json))!.Reopened);
        var history = await GetAsync<List<HistoryEntry>>(resident, $"/api/requests/{request.Id}/history");
        var reopen = history.Last(h => h.To == "Reopened");
        Assert.Equal("Resident", reopen.ActorRole);
        Assert.Contains("Rated 2 of 5", reopen.Reason, StringComparison.Ordinal);

        await ExpectAsync(await TransparencyFactory.PutFeedbackAsync(resident, request.Number, new { score = 3 }), HttpStatusCode.OK);
        Assert.Equal(3, (await GetAsync<Feedback>(resident, $"/api/transparency/requests/{request.Number}/feedback")).Score);

        var stranger = factory.ClientAs(TestPerson.Resident(factory.Kazan));
        await ExpectProblemAsync(await TransparencyFactory.PutFeedbackAsync(stranger, request.Number, new { score = 5 }), "someone else's request");

        // Eight days later (the rating is moved back rather than the shared clock forward).
        await factory.QueryAsync("kazan", async db =>
        {
            var feedback = await db.Set<RequestFeedback>().SingleAsync(f => f.RequestId == request.Id);
            feedback.CreatedAt = feedback.CreatedAt.AddDays(-8);
            return await db.SaveChangesAsync();
        });
        var late = await TransparencyFactory.PutFeedbackAsync(resident, request.Number, new { score = 5 });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        await ExpectProblemAsync(late, "edit after the window");
    }

    [Fact]
    public async Task An_open_request_cannot_be_rated_and_bad_scores_are_problems()
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.Kazan));
        var request = await factory.OpenRequestAsync(resident, "kzn-000263");

        var early = await TransparencyFactory.PutFeedbackAsync(resident, request.Number, new { score = 5 });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        await ExpectProblemAsync(early, "rating an open request");
        await ExpectProblemAsync(await TransparencyFactory.PutFeedbackAsync(resident, request.Number, new { score = 0 }), "score 0");
        await ExpectProblemAsync(await TransparencyFactory.PutFeedbackAsync(resident, request.Number, new { }), "no score");
        await ExpectProblemAsync(await TransparencyFactory.PutFeedbackAsync(resident, "NOPE-1", new { score = 5 }), "unknown number");
    }

    [Fact]
    public async Task The_rating_form_saves_a_rating_and_shows_it_back()
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.Kazan));
        var request = await factory.ResolvedRequestAsync(resident, "kzn-000263");
        var path = $"/my/requests/{request.Number}/rate";

        var saved = await TransparencyFactory.PostFormAsync(resident, path, new() { ["Score"] = "5", ["Comment"] = "Спасибо мастеру", ["PublishComment"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await resident.GetStringAsync(new Uri(path + "?saved=true", UriKind.Relative));
        Assert.Contains("Спасибо, оценка сохранена.", page, StringComparison.Ordinal);
        Assert.Contains("Спасибо мастеру", page, StringComparison.Ordinal);
        var feedback = await GetAsync<Feedback>(resident, $"/api/transparency/requests/{request.Number}/feedback");
        Assert.Equal(5, feedback.Score);
        Assert.True(feedback.CommentPublic);
    }
}
