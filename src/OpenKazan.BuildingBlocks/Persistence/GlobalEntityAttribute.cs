namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// Declares on purpose that an entity is shared by all cities (catalog, accounts). Every entity of a
/// tenant-scoped model must be either <see cref="ITenantOwned"/> or carry this attribute; a test enforces it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GlobalEntityAttribute : Attribute;
