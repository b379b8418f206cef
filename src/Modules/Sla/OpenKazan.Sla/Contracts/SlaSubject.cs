using OpenKazan.Sla;
namespace OpenKazan.Sla.Contracts;

/// <summary>What the SLA needs to know about a request to choose its targets.</summary>
public sealed record SlaSubject(string CategoryCode, string? ParentCategoryCode, string Group, RequestPriority Priority);
