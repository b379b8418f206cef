using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenKazan.Onboarding.Rollout;

namespace OpenKazan.Persistence;

/// <summary>
/// Adds the central team's rollout and training tables to the catalog's model: they are central data like the
/// catalog, but belong to the onboarding module, which the tenancy module cannot reference.
/// </summary>
public sealed class CatalogModelCustomizer(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        RolloutModelConfiguration.Configure(modelBuilder);
    }
}
