namespace OpenKazan.Analytics.Generator;

/// <summary>Writes generated requests with their history, stages and facts; one implementation per engine family.</summary>
internal interface IRequestBatchWriter : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct);
}
