using Microsoft.EntityFrameworkCore;

namespace OpenKazan.Tenancy.Contracts;

/// <summary>
/// The central database, which needs no city: the catalog of cities, and the central team's own tables that other
/// modules add to its model (Onboarding's rollout and training). Never tenant-scoped.
/// </summary>
public abstract class CentralDbContext(DbContextOptions options) : DbContext(options);
