using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CsvHelper;
using MiniExcelLibs;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Facts;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Requests.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Requests.Contracts;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Analytics;

public abstract class AnalyticsTests(AnalyticsFactory factory)
{
    private static readonly string[] Measures =
        ["count", "resolvedShare", "reopenRate", "onTimeShare.resolve", "onTimeShare.accept", "median.resolve", "p90.accept", "p90.localise",
        "averageFeedback"];

    private static object Spec(string[] dimensions, string[] measures, object? filters = null) => new
    {
        dimensions,
        measures,
        from = AnalyticsFactory.FirstDay,
        to = AnalyticsFactory.LastDay,
        filters,
    };

    private async Task<HttpClient> CommitteeAsync()
    {
        await factory.DataSetAsync();
        return factory.ClientAs(TestPerson.Committee(factory.City("grozny").Id), "grozny");
    }

    private static async Task<ReportTable> ReportAsync(HttpClient client, object spec)
    {
        var response = await client.PostAsJsonAsync("/api/analytics/report", spec);
        await ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ReportTable>(Json))!;
    }

    [Fact]
    public async Task Every_measure_by_district_and_month_matches_an_independent_computation()
    {
        var committee = await CommitteeAsync();
        var raw = await factory.QueryAsync("grozny", ExpectedFigures.LoadAsync);

        var table = await ReportAsync(committee, Spec(["district", "month"], Measures));

        var expected = raw.GroupBy(r => (District: r.DistrictId.ToString(), Month: new DateOnly(r.RegisteredOn.Year, r.RegisteredOn.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(expected.Count, table.Rows.Count);
        Assert.Equal(3000, table.Rows.Sum(r => r.Values[0]));
        foreach (var row in table.Rows)
        {
            var group = expected[(row.Keys[0], row.Keys[1])];
            for (var i = 0; i < Measures.Length; i++)
            {
                AssertClose(ExpectedFigures.Measure(Measures[i], group), row.Values[i], $"{Measures[i]} of {row.Labels[0]} {row.Keys[1]}");
            }
        }
    }

    [Fact]
    public async Task Median_resolve_time_by_organisation_matches_and_filters_apply()
    {
        var committee = await CommitteeAsync();
        var raw = await factory.QueryAsync("grozny", ExpectedFigures.LoadAsync);
        var organisation = raw.GroupBy(r => r.OrganisationId).OrderByDescending(g => g.Count()).First().Key;

        var all = await ReportAsync(committee, Spec(["organisation"], ["median.resolve", "count"]));
        var filtered = await ReportAsync(committee, Spec(["organisation"], ["median.resolve", "count"],
            new Dictionary<string, string[]> { ["organisation"] = [organisation.ToString()] }));

        foreach (var row in all.Rows)
        {
            var group = raw.Where(r => r.OrganisationId.ToString() == row.Keys[0]).ToList();
            AssertClose(ExpectedFigures.Measure("median.resolve", group), row.Values[0], row.Labels[0]);
            Assert.NotEqual(row.Keys[0], row.Labels[0]);
        }

        var only = Assert.Single(filtered.Rows);
        Assert.Equal(organisation.ToString(), only.Keys[0]);
        Assert.Equal(raw.Count(r => r.OrganisationId == organisation), only.Values[1]);
    }

    [Fact]
    public async Task Votes_by_organisation_and_district_match_the_votes_cast_and_sit_beside_request_measures()
    {
        var committee = await CommitteeAsync();
        // The report covers the period: a vote cast an hour after a request of the period's last evening falls on the next day.
        var votes = (await factory.QueryAsync("grozny", ExpectedFigures.LoadVotesAsync))
            .Where(v => v.CastOn >= AnalyticsFactory.FirstDay && v.CastOn <= AnalyticsFactory.LastDay).ToList();
        var raw = await factory.QueryAsync("grozny", ExpectedFigures.LoadAsync);
        Assert.True(votes.Count > 20, $"the data set has {votes.Count} votes in the period");

        var table = await ReportAsync(committee, Spec(["organisation", "district"], ["votes", "averageVote", "count"]));

        var expected = votes.GroupBy(v => (v.OrganisationId.ToString(), v.DistrictId.ToString())).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(votes.Count, table.Rows.Sum(r => r.Values[0] ?? 0));
        foreach (var row in table.Rows)
        {
            var cast = expected.GetValueOrDefault((row.Keys[0], row.Keys[1])) ?? [];
            Assert.Equal(cast.Count, row.Values[0] ?? 0);
            AssertClose(cast.Count == 0 ? null : cast.Average(v => (double)v.Score), row.Values[1], $"average vote of {row.Labels[0]}");
            Assert.Equal(raw.Count(r => r.OrganisationId.ToString() == row.Keys[0] && r.DistrictId.ToString() == row.Keys[1]), row.Values[2] ?? 0);
        }

        await ExpectProblemAsync(await committee.PostAsJsonAsync("/api/analytics/report", Spec(["category"], ["votes"])), "votes by category");
        await ExpectProblemAsync(await committee.PostAsJsonAsync("/api/analytics/report", Spec(["district"], ["averageVote"],
            new Dictionary<string, string[]> { ["channel"] = ["Web"] })), "votes filtered by channel");
    }

    [Fact]
    public async Task A_comparison_period_is_computed_side_by_side()
    {
        var committee = await CommitteeAsync();
        var raw = await factory.QueryAsync("grozny", ExpectedFigures.LoadAsync);
        var middle = AnalyticsFactory.FirstDay.AddDays(45);

        var response = await committee.PostAsJsonAsync("/api/analytics/report", new
        {
            dimensions = new[] { "priority" },
            measures = new[] { "count" },
            from = middle,
            to = AnalyticsFactory.LastDay,
            compareFrom = AnalyticsFactory.FirstDay,
            compareTo = middle.AddDays(-1),
        });
        await ExpectAsync(response, HttpStatusCode.OK);
        var table = (await response.Content.ReadFromJsonAsync<ReportTable>(Json))!;

        foreach (var row in table.Rows)
        {
            Assert.Equal(raw.Count(r => r.RegisteredOn >= middle && r.Priority == row.Keys[0]), row.Values[0] ?? 0);
            Assert.Equal(raw.Count(r => r.RegisteredOn < middle && r.Priority == row.Keys[0]), row.Comparison![0] ?? 0);
        }
    }

    [Fact]
    public async Task Chronically_late_organisations_lead_the_stage_analytics()
    {
        var committee = await CommitteeAsync();
        var generated = await factory.DataSetAsync();

        var links = await GetAsync<List<StageLinkDto>>(committee,
            $"/api/analytics/stages?from={AnalyticsFactory.FirstDay:yyyy-MM-dd}&to={AnalyticsFactory.LastDay:yyyy-MM-dd}&minRequests=10");

        Assert.NotEmpty(links);
        Assert.Contains(Guid.Parse(links[0].OrganisationId), generated.ChronicallyLate);
        Assert.True(links[0].LateShare > links[^1].LateShare);
    }

    [Fact]
    public async Task An_organisation_sees_only_its_own_requests_and_other_roles_none()
    {
        await factory.DataSetAsync();
        var grozny = factory.City("grozny").Id;
        var raw = await factory.QueryAsync("grozny", ExpectedFigures.LoadAsync);
        var organisation = raw.First().OrganisationId;
        var executor = factory.ClientAs(TestPerson.Executor(grozny, organisation), "grozny");

        var table = await ReportAsync(executor, Spec(["organisation"], ["count"]));

        var row = Assert.Single(table.Rows);
        Assert.Equal(organisation.ToString(), row.Keys[0]);
        Assert.Equal(raw.Count(r => r.OrganisationId == organisation), row.Values[0]);
        var links = await GetAsync<List<StageLinkDto>>(executor, "/api/analytics/stages?from=2026-01-01&to=2026-12-31&minRequests=1");
        Assert.All(links, l => Assert.Equal(organisation.ToString(), l.OrganisationId));
        foreach (var person in new[] { TestPerson.Resident(grozny), TestPerson.Dispatcher(grozny), TestPerson.Operator(grozny) })
        {
            var refused = await factory.ClientAs(person, "grozny").PostAsJsonAsync("/api/analytics/report", Spec(["district"], ["count"]));
            Assert.True(refused.StatusCode is HttpStatusCode.Forbidden, $"{person.Roles[0]}: {refused.StatusCode}");
        }
    }

    [Fact]
    public async Task Another_city_sees_none_of_the_data_and_the_central_team_sees_all_cities()
    {
        await factory.DataSetAsync();
        var kazan = factory.ClientAs(TestPerson.Committee(factory.City("kazan").Id), "kazan");

        var table = await ReportAsync(kazan, Spec(["district"], ["count"]));

        Assert.True(table.Rows.Sum(r => r.Values[0] ?? 0) < 3000);
        var raw = await factory.QueryAsync("grozny", ExpectedFigures.LoadAsync);
        Assert.DoesNotContain(table.Rows, r => raw.Any(x => x.DistrictId.ToString() == r.Keys[0]));
        await ExpectProblemAsync(await kazan.PostAsJsonAsync("/api/analytics/report", Spec(["city"], ["count"])), "city dimension in a city");

        var central = factory.ClientFor("localhost");
        new TestPerson(Guid.NewGuid(), Guid.Empty, [OpenKazan.BuildingBlocks.Security.Roles.PlatformAdmin]).Apply(central);
        central.DefaultRequestHeaders.Remove(HeaderAuthenticationHandler.TenantHeader);
        var response = await central.PostAsJsonAsync("/api/platform/analytics/report", new { spec = Spec(["city"], ["count"]) });
        await ExpectAsync(response, HttpStatusCode.OK);
        var cities = (await response.Content.ReadFromJsonAsync<ReportTable>(Json))!;
        Assert.Contains(cities.Rows, r => r.Keys[0] == factory.City("grozny").Id.ToString() && r.Values[0] >= 3000);
        var byDistrict = await central.PostAsJsonAsync("/api/platform/analytics/report", new { spec = Spec(["city", "district"], ["count"]) });
        await ExpectAsync(byDistrict, HttpStatusCode.OK);
        var districts = (await byDistrict.Content.ReadFromJsonAsync<ReportTable>(Json))!.Rows.Where(r => r.Keys[1].Length > 0).ToList();
        Assert.Contains(districts, r => r.Keys[0] == factory.City("grozny").Id.ToString());
        Assert.All(districts, r => Assert.NotEqual(r.Keys[1], r.Labels[1]));
        Assert.Equal(HttpStatusCode.Forbidden, (await kazan.PostAsJsonAsync("/api/platform/analytics/report", new { spec = Spec(["city"], ["count"]) })).StatusCode);
    }

    [Fact]
    public async Task Bad_reports_are_refused_with_problem_json()
    {
        var committee = await CommitteeAsync();

        await ExpectProblemAsync(await committee.PostAsJsonAsync("/api/analytics/report", Spec(["colour"], ["count"])), "unknown dimension");
        await ExpectProblemAsync(await committee.PostAsJsonAsync("/api/analytics/report", Spec(["district"], ["happiness"])), "unknown measure");
        await ExpectProblemAsync(await committee.PostAsJsonAsync("/api/analytics/report", new
        {
            dimensions = new[] { "district" }, measures = new[] { "count" }, from = "2026-12-01", to = "2026-01-01",
        }), "reversed period");
        await ExpectProblemAsync(await committee.PostAsJsonAsync("/api/analytics/report", new
        {
            dimensions = new[] { "district" }, measures = new[] { "count" }, from = "yesterday", to = "2026-01-01",
        }), "unreadable period");
        await ExpectProblemAsync(await committee.PostAsJsonAsync("/api/analytics/report", Spec(["district"], ["count"],
            new Dictionary<string, string[]> { ["district"] = ["not-an-id"] })), "bad filter");
        await ExpectProblemAsync(await committee.PostAsJsonAsync("/api/analytics/report/export?format=pdf", Spec(["district"], ["count"])), "bad format");
    }

    [Fact]
    public async Task Exported_csv_and_xlsx_are_for_people_and_match_the_table()
    {
        var committee = await CommitteeAsync();
        var spec = Spec(["district", "month"], ["onTimeShare.resolve", "count"]);
        var table = await ReportAsync(committee, spec);
        var ru = CultureInfo.GetCultureInfo("ru");

        var csvResponse = await committee.PostAsJsonAsync("/api/analytics/report/export?format=csv&lang=ru", spec);
        await ExpectAsync(csvResponse, HttpStatusCode.OK);
        var csvBytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(csvBytes[3..]));
        using var csv = new CsvReader(reader, new CsvHelper.Configuration.CsvConfiguration(ru) { Delimiter = ru.TextInfo.ListSeparator });
        var csvRows = new List<string[]>();
        while (await csv.ReadAsync())
        {
            csvRows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        }

        var xlsxResponse = await committee.PostAsJsonAsync("/api/analytics/report/export?format=xlsx&lang=ru", spec);
        await ExpectAsync(xlsxResponse, HttpStatusCode.OK);
        var xlsxBytes = await xlsxResponse.Content.ReadAsByteArrayAsync();
        await using var xlsx = new MemoryStream(xlsxBytes);
        var sheet = (await xlsx.QueryAsync(useHeaderRow: true, startCell: "A2")).Cast<IDictionary<string, object?>>().ToList();
        var cells = XlsxCells(xlsxBytes);

        Assert.Equal(["Район", "Месяц", "Доля в срок: решение, %", "Количество"], csvRows[0]);
        Assert.Equal(table.Rows.Count, csvRows.Count - 1);
        Assert.Equal(table.Rows.Count, sheet.Count);
        Assert.StartsWith("Грозный · ", cells["A1"].Text, StringComparison.Ordinal);
        Assert.Equal(("Район", "Месяц", "Доля в срок: решение, %"), (cells["A2"].Text, cells["B2"].Text, cells["C2"].Text));
        Assert.Equal(("s", "s"), (cells["A3"].Type, cells["A2"].Type));
        Assert.Equal(("mmm yyyy", "0.0%", "#,##0"), (cells["B3"].Format, cells["C3"].Format, cells["D3"].Format));
        Assert.Contains("state=\"frozen\"", XlsxPart(xlsxBytes, "xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            Assert.Equal(row.Labels[0], csvRows[i + 1][0]);
            AssertClose(row.Values[0] is { } share ? Math.Round(share * 100, 1) : null, csvRows[i + 1][2].Length == 0 ? null : double.Parse(csvRows[i + 1][2], ru), "csv on-time share in %");
            Assert.Equal(row.Values[1], double.Parse(csvRows[i + 1][3], ru));
            Assert.Equal(row.Labels[0], sheet[i]["Район"]?.ToString());
            Assert.Equal(DateOnly.ParseExact(row.Keys[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.FromDateTime((DateTime)sheet[i]["Месяц"]!));
            AssertClose(row.Values[0], sheet[i]["Доля в срок: решение, %"] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null, "xlsx on-time share");
            Assert.Equal(row.Values[1], Convert.ToDouble(sheet[i]["Количество"], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Every cell of the first sheet by reference: its text (shared strings resolved), its type and its number format.</summary>
    private static Dictionary<string, (string Text, string? Type, string? Format)> XlsxCells(byte[] workbook)
    {
        System.Xml.Linq.XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var strings = System.Xml.Linq.XDocument.Parse(XlsxPart(workbook, "xl/sharedStrings.xml")).Descendants(main + "si").Select(si => si.Value).ToList();
        var styles = System.Xml.Linq.XDocument.Parse(XlsxPart(workbook, "xl/styles.xml"));
        var formats = styles.Descendants(main + "numFmt").ToDictionary(f => (string)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!);
        formats["3"] = "#,##0";
        var xfs = styles.Descendants(main + "cellXfs").Single().Elements(main + "xf").Select(x => formats.GetValueOrDefault((string)x.Attribute("numFmtId")!)).ToList();
        return System.Xml.Linq.XDocument.Parse(XlsxPart(workbook, "xl/worksheets/sheet1.xml")).Descendants(main + "c").ToDictionary(
            c => (string)c.Attribute("r")!,
            c =>
            {
                var type = (string?)c.Attribute("t");
                var value = c.Element(main + "v")?.Value ?? string.Empty;
                var style = c.Attribute("s") is { } s ? xfs[int.Parse(s.Value, CultureInfo.InvariantCulture)] : null;
                return (type == "s" ? strings[int.Parse(value, CultureInfo.InvariantCulture)] : value, type, style);
            });
    }

    private static string XlsxPart(byte[] workbook, string name)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook));
        using var part = new StreamReader(zip.GetEntry(name)!.Open());
        return part.ReadToEnd();
    }

    [Fact]
    public async Task A_saved_report_is_shared_by_its_link_and_read_in_the_readers_scope()
    {
        var committee = await CommitteeAsync();
        var grozny = factory.City("grozny").Id;
        var response = await committee.PostAsJsonAsync("/api/analytics/saved", new { name = "On time by district", shared = true, spec = Spec(["organisation"], ["count"]) });
        await ExpectAsync(response, HttpStatusCode.Created);
        var saved = (await response.Content.ReadFromJsonAsync<SavedDto>(Json))!;
        var raw = await factory.QueryAsync("grozny", ExpectedFigures.LoadAsync);
        var organisation = raw.First().OrganisationId;

        var asExecutor = await GetAsync<SavedResultDto>(factory.ClientAs(TestPerson.Executor(grozny, organisation), "grozny"), $"/api/analytics/saved/{saved.Id}");
        var asOtherCommittee = await GetAsync<SavedResultDto>(factory.ClientAs(TestPerson.Committee(grozny), "grozny"), $"/api/analytics/saved/{saved.Id}");
        var xlsx = await factory.ClientAs(TestPerson.Committee(grozny), "grozny").GetAsync(new Uri($"/api/analytics/saved/{saved.Id}?format=xlsx", UriKind.Relative));

        Assert.Single(asExecutor.Table.Rows);
        Assert.True(asOtherCommittee.Table.Rows.Count > 1);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var kazan = factory.ClientAs(TestPerson.Committee(factory.City("kazan").Id), "kazan");
        await ExpectProblemAsync(await kazan.GetAsync(new Uri($"/api/analytics/saved/{saved.Id}", UriKind.Relative)), "another city's saved report");
    }

    /// <summary>The report page saves through the saved-report API's own path: it refuses what the API refuses, and what it saves the API lists.</summary>
    [Fact]
    public async Task The_report_page_saves_through_the_same_checks_as_the_saved_report_api()
    {
        var committee = await CommitteeAsync();
        var tooLong = "Page and API " + new string('x', 200);
        var form = new Dictionary<string, string>
        {
            ["First"] = "district", ["Measures"] = "count", ["Shared"] = "false",
            ["From"] = AnalyticsFactory.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["To"] = AnalyticsFactory.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        var api = await committee.PostAsJsonAsync("/api/analytics/saved", new { name = tooLong, shared = false, spec = Spec(["district"], ["count"]) });
        var refused = await SaveOnPageAsync(committee, form, tooLong);
        var saved = await SaveOnPageAsync(committee, form, "Page and API, short");

        await ExpectAsync(api, HttpStatusCode.BadRequest);
        Assert.Contains("\"name\"", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ExpectAsync(refused, HttpStatusCode.OK);
        Assert.Contains("Give the report a name (up to 200 characters).", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var listed = await GetAsync<List<SavedDto>>(committee, "/api/analytics/saved");
        Assert.Equal(["Page and API, short"], listed.Where(r => r.Name.StartsWith("Page and API", StringComparison.Ordinal)).Select(r => r.Name));
    }

    private static async Task<HttpResponseMessage> SaveOnPageAsync(HttpClient client, Dictionary<string, string> form, string name)
    {
        var page = await client.GetStringAsync(new Uri("/analytics?lang=en&first=district&measures=count", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(token.Success, "No antiforgery token on the report page.");
        var fields = new Dictionary<string, string>(form) { ["Name"] = name, ["__RequestVerificationToken"] = token.Groups[1].Value };
        return await client.PostAsync(new Uri("/analytics?lang=en&handler=Save", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task The_fact_sync_folds_a_real_request_into_the_facts_and_the_reports_follow()
    {
        var kazan = factory.City("kazan").Id;
        var committee = factory.ClientAs(TestPerson.Committee(kazan), "kazan");
        var whole = new { dimensions = Array.Empty<string>(), measures = new[] { "count", "averageFeedback" }, from = "2026-01-01", to = "2026-12-31" };
        var before = (await ReportAsync(committee, whole)).Rows.Single().Values[0] ?? 0;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000001");
        var request = (await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(
            building, await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;

        await factory.InCityAsync("kazan", sp => sp.GetRequiredService<RequestFactSync>().RunAsync(CancellationToken.None));

        var fact = await factory.QueryAsync("kazan", db => db.Set<RequestFact>().SingleAsync(f => f.RequestId == request.Id));
        Assert.Equal(request.Status, fact.Status);
        Assert.Equal(request.OrganisationId, fact.OrganisationId);
        Assert.False(fact.Resolved);
        Assert.Equal(await factory.QueryAsync("kazan", db => db.Set<OpenKazan.Registry.Domain.Building>()
            .Where(b => b.Code == "kzn-000001").Select(b => b.DistrictId).SingleAsync()), fact.DistrictId);
        Assert.Null(fact.FeedbackScore);

        // A rating changes no history, only its own row, and marks the request changed as the rating handler does.
        await factory.InCityAsync("kazan", async sp =>
        {
            var db = sp.GetRequiredService<OpenKazan.BuildingBlocks.Persistence.TenantScopedDbContext>();
            db.Add(new OpenKazan.Feedback.Domain.RequestFeedback
            {
                RequestId = request.Id, UserId = Guid.NewGuid(), BuildingId = building,
                Score = 2, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
            OpenKazan.Requests.Contracts.RequestChanges.MarkRequestChanged(db, request.Id);
            await db.SaveChangesAsync();
            return await sp.GetRequiredService<RequestFactSync>().RunAsync(CancellationToken.None);
        });

        Assert.Equal(2, await factory.QueryAsync("kazan", db => db.Set<RequestFact>().Where(f => f.RequestId == request.Id).Select(f => f.FeedbackScore).SingleAsync()));

        // Reports read the facts held in memory; they follow the table once the sync has folded the changes.
        var after = (await ReportAsync(committee, whole)).Rows.Single();
        Assert.Equal(before + 1, after.Values[0]);
        var scores = await factory.QueryAsync("kazan", db => db.Set<RequestFact>().Where(f => f.FeedbackScore != null).Select(f => f.FeedbackScore!.Value).ToListAsync());
        AssertClose(scores.Average(), after.Values[1], "average feedback after the rating");
    }

    /// <summary>
    /// A transition stamps its event before it commits: by the time it is visible, the sync may have folded events
    /// stamped long after it. The next run must still fold it, and the reports follow.
    /// </summary>
    [Fact]
    public async Task An_event_committed_after_a_sync_with_a_time_before_it_is_still_folded_and_reported()
    {
        var kazan = factory.City("kazan").Id;
        var committee = factory.ClientAs(TestPerson.Committee(kazan), "kazan");
        var byStatus = new { dimensions = new[] { "status" }, measures = new[] { "count" }, from = "2026-01-01", to = "2026-12-31" };
        var executor = TestPerson.Executor(kazan, await factory.OrganisationIdAsync("kazan", "kazanliftservice"));
        var late = (await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;
        await factory.InCityAsync("kazan", sp => sp.GetRequiredService<RequestFactSync>().RunAsync(CancellationToken.None));
        var acceptedBefore = AcceptedIn(await ReportAsync(committee, byStatus));

        await ActAsync(factory.ClientAs(executor), late.Id, "accept");
        var aDayBeforeTheSync = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await factory.InCityAsync("kazan", async sp =>
        {
            var db = sp.GetRequiredService<OpenKazan.BuildingBlocks.Persistence.TenantScopedDbContext>();
            var history = await db.Set<RequestEvent>().Where(e => e.RequestId == late.Id).ToListAsync();
            history.ForEach(e => e.At = aDayBeforeTheSync);
            await db.SaveChangesAsync();
            return await sp.GetRequiredService<RequestFactSync>().RunAsync(CancellationToken.None);
        });

        var fact = await factory.QueryAsync("kazan", db => db.Set<RequestFact>().SingleAsync(f => f.RequestId == late.Id));
        Assert.Equal(nameof(RequestStatus.Accepted), fact.Status);
        Assert.Equal(acceptedBefore + 1, AcceptedIn(await ReportAsync(committee, byStatus)));
    }

    /// <summary>A fold takes its changes only with what it built from them: one that took them but never saved leaves them pending.</summary>
    [Fact]
    public async Task Changes_taken_by_a_fold_that_never_saved_are_folded_by_the_next_run()
    {
        var kazan = factory.City("kazan").Id;
        var request = (await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;

        var taken = await factory.InCityAsync("kazan", sp => sp.GetRequiredService<OpenKazan.BuildingBlocks.Persistence.TenantScopedDbContext>()
            .TakeRequestChangesAsync(int.MaxValue, CancellationToken.None));
        await factory.InCityAsync("kazan", sp => sp.GetRequiredService<RequestFactSync>().RunAsync(CancellationToken.None));

        Assert.Contains(request.Id, taken);
        var fact = await factory.QueryAsync("kazan", db => db.Set<RequestFact>().SingleAsync(f => f.RequestId == request.Id));
        Assert.Equal(request.Status, fact.Status);
    }

    private static double AcceptedIn(ReportTable table) =>
        table.Rows.Where(r => r.Keys[0] == nameof(RequestStatus.Accepted)).Sum(r => r.Values[0] ?? 0);

    [Fact]
    public async Task The_page_shows_the_table_and_chart_and_downloads_the_same_report()
    {
        var committee = await CommitteeAsync();
        var query = $"/analytics?first=district&second=month&measures=onTimeShare.resolve&measures=count&from={AnalyticsFactory.FirstDay:yyyy-MM-dd}&to={AnalyticsFactory.LastDay:yyyy-MM-dd}";

        var page = await committee.GetAsync(new Uri(query + "&lang=en", UriKind.Relative));
        var xlsx = await committee.GetAsync(new Uri(query + "&format=xlsx", UriKind.Relative));
        var executorPage = await factory.ClientAs(TestPerson.Resident(factory.City("grozny").Id), "grozny").GetAsync(new Uri(query, UriKind.Relative));

        await ExpectAsync(page, HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-chart=", html, StringComparison.Ordinal);
        Assert.Contains("/lib/echarts/echarts.common.min.js", html, StringComparison.Ordinal);
        Assert.Contains("class=\"cross-table\" data-measure=\"onTimeShare.resolve\"", html, StringComparison.Ordinal);
        Assert.Contains("Share on time: resolve", html, StringComparison.Ordinal);
        Assert.Matches(@"<td>\d{1,3}(\.\d)?%</td>", html);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        await using var sheet = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var table = await ReportAsync(committee, Spec(["district", "month"], ["onTimeShare.resolve", "count"]));
        Assert.Equal(table.Rows.Count, (await sheet.QueryAsync(useHeaderRow: true, startCell: "A2")).Count());
        Assert.NotEqual(HttpStatusCode.OK, executorPage.StatusCode);
    }

    private static void AssertClose(double? expected, double? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: expected {expected}, got {actual}");
            return;
        }

        Assert.True(Math.Abs(expected.Value - actual.Value) < 1e-9 * Math.Max(1, Math.Abs(expected.Value)), $"{what}: expected {expected}, got {actual}");
    }

    private sealed record StageLinkDto(string OrganisationId, string Organisation, string CategoryId, int Requests, double? LateShare, string? LostAt);

    private sealed record SavedDto(Guid Id, string Name);

    private sealed record SavedResultDto(SavedDto Report, ReportTable Table);
}

[Collection(SqliteAnalyticsCollection.Name)]
public sealed class SqliteAnalyticsTests(SqliteAnalyticsFactory factory) : AnalyticsTests(factory);

[Collection(PostgresAnalyticsCollection.Name)]
public sealed class PostgresAnalyticsTests(PostgresAnalyticsFactory factory) : AnalyticsTests(factory);
