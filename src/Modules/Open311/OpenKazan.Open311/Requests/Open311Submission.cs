using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.ApiKeys;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Requests;

/// <summary>
/// What an Open311 client sent beyond the request itself (which lives in the Requests module): the key that filed it,
/// its <c>media_url</c> and its attributes, so that reads can give them back.
/// </summary>
internal sealed class Open311Submission : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public Guid ApiKeyId { get; set; }

    public string? MediaUrl { get; set; }

    /// <summary>The <c>attribute[code]</c> values as a JSON object of code to value (or list of values).</summary>
    public string? AttributesJson { get; set; }
}

internal sealed class Open311SubmissionConfiguration : IEntityTypeConfiguration<Open311Submission>
{
    public void Configure(EntityTypeBuilder<Open311Submission> builder)
    {
        builder.ToTable("open311_submissions");
        builder.Property(s => s.MediaUrl).HasMaxLength(2000);
        builder.Property(s => s.AttributesJson).HasMaxLength(RequestText.MaxLength);
        builder.HasIndex(s => new { s.TenantId, s.RequestId }).IsUnique();
        builder.ReferencesRequest(s => s.RequestId, DeleteBehavior.Cascade);
        builder.HasOne<ApiKey>().WithMany().HasForeignKey(s => s.ApiKeyId).OnDelete(DeleteBehavior.Restrict);
    }
}
