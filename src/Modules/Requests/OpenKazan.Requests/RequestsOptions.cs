namespace OpenKazan.Requests;

/// <summary>Settings of the request lifecycle (section <c>Requests</c>).</summary>
public sealed class RequestsOptions
{
    public const string SectionName = "Requests";

    /// <summary>Coordinates resolve to the nearest building of the city within this distance.</summary>
    public double MaxBuildingDistanceMetres { get; set; } = 150;

    /// <summary>How far back an open request at the same building and category counts as a likely duplicate.</summary>
    public int DuplicateWindowDays { get; set; } = 30;

    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxAttachmentsPerRequest { get; set; } = 20;

    /// <summary>How often the SLA monitor looks for warnings, breaches and escalations (one node of the cluster runs it).</summary>
    public TimeSpan SlaMonitorInterval { get; set; } = TimeSpan.FromMinutes(1);
}
