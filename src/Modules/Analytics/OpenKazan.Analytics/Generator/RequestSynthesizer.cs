using OpenKazan.Analytics.Facts;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// Makes believable requests from one seeded random source: emergency categories about one request in twelve,
/// stage times drawn from a log-normal around half the target (so most are on time and some are very late), a few
/// chronically late organisations that take about two and a half times as long, and a backlog of recent requests
/// stuck in work. About a third of resolved requests are rated (well when on time, badly when late) and one requester
/// in thirty votes on the building's managing organisation (lower for the late ones).
/// History stops at <c>now</c>: what would happen later has not happened yet, so such a request is still open at the
/// stage it has reached. The warnings, breaches and escalations are those the SLA monitor would have recorded.
/// The same seed, registry and clock always give the same requests, ids included.
/// </summary>
internal sealed class RequestSynthesizer(CityModel city, Random random, FactLookups lookups, RequestNumbers numbers, DateTime now)
{
    public const double EmergencyShare = 0.08;
    public const double ChronicSlowdown = 2.5;
    public const double RatedShare = 0.35;
    public const double VotingShare = 1.0 / 30;
    public const double WarningShare = 0.8;

    /// <summary>Of the requests of the last <see cref="BacklogDays"/> days, this share is stuck in work (not resolved yet).</summary>
    public const double StuckShare = 0.15;
    public const int BacklogDays = 14;
    private const string System = "System";

    public IReadOnlySet<Guid> ChronicallyLate { get; } = PickLate(city, random);

    public GeneratedRequest Create(DateTime registeredAt)
    {
        var building = city.Buildings[random.Next(city.Buildings.Count)];
        var emergency = random.NextDouble() < EmergencyShare;
        var category = emergency ? city.Emergency[random.Next(city.Emergency.Count)] : city.Routine[random.Next(city.Routine.Count)];
        var organisation = city.OrganisationFor(building, category);
        var request = new ImportedRequest
        {
            Id = NextGuid(),
            Number = numbers.Next(registeredAt),
            Channel = Pick(0.55, 0.40) switch { 0 => RequestChannel.Web, 1 => RequestChannel.CallCentre, _ => RequestChannel.Open311 },
            Priority = category.IsEmergency || emergency ? RequestPriority.Emergency : RequestPriority.Normal,
            RequesterKind = random.NextDouble() < 0.07 ? RequesterKind.LegalEntity : RequesterKind.Person,
            RequesterName = "Generated resident",
            Culture = random.NextDouble() < 0.85 ? "ru" : "tt",
            BuildingId = building.Id,
            CategoryId = category.Id,
            Description = "Generated request",
            OrganisationId = organisation,
            RegisteredAt = registeredAt,
            Status = RequestStatus.New,
        };
        var slow = ChronicallyLate.Contains(organisation) ? ChronicSlowdown : 1.0;
        var targets = request.Priority == RequestPriority.Emergency ? StageTargets.Emergency : StageTargets.Routine;
        var history = new HistoryBuilder(request, NextGuid);
        history.Submit();
        var stages = Progress(request, history, targets, slow);
        var deadlines = Deadlines(request, targets, stages);
        var incidents = Incidents(request, deadlines);
        history.Record(incidents);
        var feedback = Rate(request, stages);
        var vote = VoteOn(request, building, slow);
        var events = history.Events.OrderBy(e => e.At).ToList();
        return new GeneratedRequest(new ImportedRequestHistory(request, events, deadlines, incidents, stages), Fact(request, stages, feedback), feedback, vote);
    }

    /// <summary>The fact row as the sync would fold it, from the request and its stages as Requests' contract reads them back.</summary>
    private RequestFact Fact(ImportedRequest request, List<ImportedStage> stages, ImportedRating? feedback)
    {
        var row = new PublicRequestRow
        {
            Id = request.Id, Number = request.Number, Status = request.Status, Priority = request.Priority, Channel = request.Channel,
            RequesterKind = request.RequesterKind, CategoryId = request.CategoryId, BuildingId = request.BuildingId,
            OrganisationId = request.OrganisationId, RegisteredAt = request.RegisteredAt, ResolvedAt = request.ResolvedAt,
            ClosedAt = request.ClosedAt, ReopenCount = request.ReopenCount,
        };
        var met = stages.Select(s => new MetStageRow { RequestId = request.Id, Stage = s.Stage, BusinessMinutes = s.BusinessMinutes, OnTime = s.OnTime });
        return RequestFacts.From(row, met, feedback?.Score, lookups);
    }

    /// <summary>
    /// What the SLA monitor would have recorded while a stage was open: a warning once its warning time passed, a breach
    /// once it was due, and each step of the escalation ladder whose time came before the stage was met (or before now).
    /// </summary>
    private List<ImportedSlaIncident> Incidents(ImportedRequest request, List<ImportedDeadline> deadlines)
    {
        var incidents = new List<ImportedSlaIncident>();
        foreach (var deadline in deadlines)
        {
            var end = deadline.CompletedAt ?? now;
            ImportedSlaIncident Make(SlaIncidentKind kind, DateTime at, int level = 0, string? notify = null) => new()
            {
                Id = NextGuid(),
                Stage = deadline.Stage,
                Kind = kind,
                Level = level,
                Notify = notify,
                OrganisationId = request.OrganisationId,
                At = at,
            };

            if (deadline.WarnAt < end)
            {
                incidents.Add(Make(SlaIncidentKind.Warning, deadline.WarnAt));
            }

            if (deadline.DueAt < end)
            {
                incidents.Add(Make(SlaIncidentKind.Breach, deadline.DueAt));
                incidents.AddRange(EscalationLadder.Steps
                    .Where(step => deadline.DueAt.AddMinutes(step.AfterBreachMinutes) < end)
                    .Select(step => Make(SlaIncidentKind.Escalation, deadline.DueAt.AddMinutes(step.AfterBreachMinutes), step.Level, step.Notify)));
            }
        }

        return incidents;
    }

    /// <summary>
    /// The stage deadlines the live engine would have written: due at the stage's target, warned at
    /// <see cref="WarningShare"/> of it, met when the stage ended; a stage not reached yet stays open.
    /// </summary>
    private List<ImportedDeadline> Deadlines(ImportedRequest request, StageTargets targets, List<ImportedStage> stages) =>
        [.. new[] { (SlaStages.Accept, targets.Accept), (SlaStages.Localise, targets.Localise), (SlaStages.Resolve, targets.Resolve) }
            .Select(s => new ImportedDeadline
            {
                Id = NextGuid(),
                Stage = s.Item1,
                DueAt = request.RegisteredAt.AddMinutes(s.Item2),
                WarnAt = request.RegisteredAt.AddMinutes(s.Item2 * WarningShare),
                CompletedAt = stages.SingleOrDefault(d => d.Stage == s.Item1)?.EndedAt,
            })];

    private ImportedRating? Rate(ImportedRequest request, List<ImportedStage> stages)
    {
        if (request.ResolvedAt is not { } resolvedAt || random.NextDouble() >= RatedShare || resolvedAt.AddHours(6) > now)
        {
            return null;
        }

        var onTime = stages.Single(s => s.Stage == SlaStages.Resolve).OnTime;
        return new ImportedRating
        {
            Id = NextGuid(),
            RequestId = request.Id,
            UserId = NextGuid(),
            OrganisationId = request.OrganisationId,
            BuildingId = request.BuildingId,
            Score = Score(onTime ? 4.3 : 2.4),
            RatedAt = resolvedAt.AddHours(6),
        };
    }

    private ImportedVote? VoteOn(ImportedRequest request, GenBuilding building, double slow)
    {
        if (building.ManagingOrganisationId is not { } manager || random.NextDouble() >= VotingShare || request.RegisteredAt.AddHours(1) > now)
        {
            return null;
        }

        var castAt = request.RegisteredAt.AddHours(1);
        return new ImportedVote
        {
            Id = NextGuid(),
            UserId = NextGuid(),
            OrganisationId = manager,
            BuildingId = building.Id,
            Period = RatingPeriod.Containing(castAt, PeriodLength.Quarter, lookups.Zone).Key,
            Score = Score(slow > 1 ? 2.6 : 3.9),
            CastAt = castAt,
        };
    }

    /// <summary>A score of 1–5 scattered around a mean.</summary>
    private int Score(double mean)
    {
        return (int)Math.Clamp(Math.Round(mean + (0.9 * Normal())), 1, 5);
    }

    /// <summary>
    /// Moves the request through its stages as far as the clock has got: every stage's time is drawn first (so the
    /// random sequence does not depend on the clock), then each step is taken only if it happened before now.
    /// </summary>
    private List<ImportedStage> Progress(ImportedRequest request, HistoryBuilder history, StageTargets targets, double slow)
    {
        var stages = new List<ImportedStage>();
        var stuck = request.RegisteredAt > now.AddDays(-BacklogDays) && random.NextDouble() < StuckShare;
        var accept = Draw(targets.Accept, slow);
        var localise = accept + Draw(targets.Localise - targets.Accept, slow);
        var resolve = localise + Draw(targets.Resolve - targets.Localise, slow);
        var reopened = random.NextDouble() < 0.04 * slow;
        bool Happened(DateTime at) => at <= now;

        history.Move(RequestStatus.Dispatched, request.RegisteredAt.AddSeconds(5), RequestEventKinds.Dispatched);
        if (!Happened(request.RegisteredAt.AddMinutes(accept)))
        {
            return stages;
        }

        history.Move(RequestStatus.Accepted, request.RegisteredAt.AddMinutes(accept), RequestEventKinds.StatusChanged);
        request.AcceptedAt = request.RegisteredAt.AddMinutes(accept);
        stages.Add(Stage(request, SlaStages.Accept, accept, targets.Accept));
        if (!Happened(request.RegisteredAt.AddMinutes(localise)))
        {
            return stages;
        }

        history.Move(RequestStatus.InProgress, request.RegisteredAt.AddMinutes(localise), RequestEventKinds.StatusChanged);
        stages.Add(Stage(request, SlaStages.Localise, localise, targets.Localise));
        if (stuck || !Happened(request.RegisteredAt.AddMinutes(resolve)))
        {
            return stages;
        }

        var resolvedAt = request.RegisteredAt.AddMinutes(resolve);
        request.ResolvedAt = resolvedAt;
        history.Move(RequestStatus.Resolved, resolvedAt, RequestEventKinds.StatusChanged);
        stages.Add(Stage(request, SlaStages.Resolve, resolve, targets.Resolve));
        if (reopened && Happened(resolvedAt.AddDays(2)))
        {
            request.ReopenCount = 1;
            history.Move(RequestStatus.Reopened, resolvedAt.AddDays(1), RequestEventKinds.StatusChanged);
            history.Move(RequestStatus.Resolved, resolvedAt.AddDays(2), RequestEventKinds.StatusChanged);
        }

        if (Happened(resolvedAt.AddDays(3)))
        {
            request.ClosedAt = resolvedAt.AddDays(3);
            history.Move(RequestStatus.Closed, request.ClosedAt.Value, RequestEventKinds.StatusChanged);
        }

        return stages;
    }

    /// <summary>Minutes for one stage: log-normal around half the stage's share of the target.</summary>
    private int Draw(int target, double slow)
    {
        return (int)Math.Max(1, Math.Round(target * 0.5 * slow * Math.Exp(0.6 * Normal())));
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private ImportedStage Stage(ImportedRequest request, string stage, int minutes, int target) => new()
    {
        Id = NextGuid(),
        Stage = stage,
        OrganisationId = request.OrganisationId,
        CategoryId = request.CategoryId,
        StartedAt = request.RegisteredAt,
        EndedAt = request.RegisteredAt.AddMinutes(minutes),
        BusinessMinutes = minutes,
        OnTime = minutes <= target,
    };

    private int Pick(double first, double second)
    {
        var x = random.NextDouble();
        return x < first ? 0 : x < first + second ? 1 : 2;
    }

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>Three organisations (or one in a small registry) that are late by habit.</summary>
    private static HashSet<Guid> PickLate(CityModel city, Random random) =>
        city.Organisations.OrderBy(_ => random.Next()).Take(Math.Max(1, Math.Min(3, city.Organisations.Count / 5))).ToHashSet();

    /// <summary>Writes the history lines as the workflow would, moving the request's status along.</summary>
    private sealed class HistoryBuilder(ImportedRequest request, Func<Guid> ids)
    {
        public List<ImportedRequestEvent> Events { get; } = [];

        public void Submit() => Events.Add(Event(RequestEventKinds.Submitted, null, RequestStatus.New, request.RegisteredAt, "Resident"));

        /// <summary>The monitor's history lines: the stage, or the escalation note, as the reason.</summary>
        public void Record(IEnumerable<ImportedSlaIncident> incidents) => Events.AddRange(incidents.Select(i => new ImportedRequestEvent
        {
            Id = ids(),
            At = i.At,
            Kind = i.Kind switch
            {
                SlaIncidentKind.Warning => RequestEventKinds.SlaWarning,
                SlaIncidentKind.Breach => RequestEventKinds.SlaBreach,
                _ => RequestEventKinds.Escalated,
            },
            ActorRole = System,
            ActorName = "OpenKazan",
            Reason = i.Kind == SlaIncidentKind.Escalation ? new EscalationNote(i.Stage, i.Level, i.Notify ?? string.Empty).ToString() : i.Stage,
            OrganisationId = request.OrganisationId,
        }));

        public void Move(RequestStatus to, DateTime at, string kind)
        {
            Events.Add(Event(kind, request.Status, to, at, kind == RequestEventKinds.Dispatched ? System : "Organisation"));
            request.Status = to;
            request.Version++;
        }

        private ImportedRequestEvent Event(string kind, RequestStatus? from, RequestStatus to, DateTime at, string role) => new()
        {
            Id = ids(),
            At = at,
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            ActorRole = role,
            Channel = kind == RequestEventKinds.Submitted ? request.Channel : null,
            OrganisationId = request.OrganisationId,
        };
    }
}
