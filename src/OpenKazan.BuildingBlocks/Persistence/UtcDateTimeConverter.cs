using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// All instants are stored as UTC. SQLite and SQL Server give back an unspecified kind; this restores it so
/// that time-zone arithmetic never guesses.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
