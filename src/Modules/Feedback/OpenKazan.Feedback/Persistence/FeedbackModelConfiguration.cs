using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenKazan.Feedback.Domain;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Feedback.Persistence;

/// <summary>Feedback, verified addresses and votes. The unique indexes carry the rules "once per request" and "once per period".</summary>
internal sealed class RequestFeedbackConfiguration : IEntityTypeConfiguration<RequestFeedback>
{
    public void Configure(EntityTypeBuilder<RequestFeedback> builder)
    {
        builder.ToTable("request_feedback");
        builder.Property(f => f.Comment).HasMaxLength(2000);
        builder.HasIndex(f => new { f.TenantId, f.RequestId }).IsUnique();
        builder.HasIndex(f => new { f.TenantId, f.OrganisationId, f.CreatedAt });

        // The analytics fact sync reads the ratings given or changed since a moment.
        builder.HasIndex(f => new { f.TenantId, f.UpdatedAt });
        builder.ReferencesRequest(f => f.RequestId, DeleteBehavior.Cascade);
    }
}

internal sealed class ResidentAddressConfiguration : IEntityTypeConfiguration<ResidentAddress>
{
    public void Configure(EntityTypeBuilder<ResidentAddress> builder)
    {
        builder.ToTable("resident_addresses");
        builder.Property(a => a.Flat).HasMaxLength(16);
        builder.Property(a => a.Method).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => new { a.TenantId, a.UserId, a.BuildingId }).IsUnique();
        builder.ReferencesBuilding(a => a.BuildingId, DeleteBehavior.Cascade);
    }
}

internal sealed class OrganisationVoteConfiguration : IEntityTypeConfiguration<OrganisationVote>
{
    public void Configure(EntityTypeBuilder<OrganisationVote> builder)
    {
        builder.ToTable("organisation_votes");
        builder.Property(v => v.Period).HasMaxLength(8);
        builder.Property(v => v.Comment).HasMaxLength(2000);

        // The rule "one vote per account, organisation and period" holds even for two requests at the same instant.
        builder.HasIndex(v => new { v.TenantId, v.UserId, v.OrganisationId, v.Period }).IsUnique();
        builder.HasIndex(v => new { v.TenantId, v.OrganisationId, v.Period });
        builder.ReferencesOrganisation(v => v.OrganisationId, DeleteBehavior.Restrict);
        builder.ReferencesBuilding(v => v.BuildingId, DeleteBehavior.Restrict);
    }
}

internal sealed class VoteAuditEntryConfiguration : IEntityTypeConfiguration<VoteAuditEntry>
{
    public void Configure(EntityTypeBuilder<VoteAuditEntry> builder)
    {
        builder.ToTable("vote_audit");
        builder.Property(a => a.Period).HasMaxLength(8);
        builder.Property(a => a.Outcome).HasMaxLength(32);
        builder.HasIndex(a => new { a.TenantId, a.OrganisationId, a.At });
    }
}
