using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenKazan.IntegrationTests.Persistence;

/// <summary>
/// Makes a valid row of any entity type from the EF model alone: scalars get distinct values, required
/// references get a principal made the same way (in the same city), optional references stay empty.
/// New entities are covered without anyone writing a builder for them.
/// </summary>
public sealed class EntityFactory(DbContext db)
{
    private int _counter;

    public object Create(IEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        var entity = Activator.CreateInstance(entityType.ClrType, nonPublic: true)
            ?? throw new InvalidOperationException($"Cannot create {entityType.ClrType.Name}.");
        foreach (var property in entityType.GetProperties().Where(p => p.PropertyInfo is not null && !p.IsForeignKey() && !p.IsPrimaryKey()))
        {
            SetScalar(entity, property);
        }

        foreach (var complex in entityType.GetComplexProperties())
        {
            complex.PropertyInfo!.SetValue(entity, CreateComplex(complex.ComplexType));
        }

        foreach (var foreignKey in entityType.GetForeignKeys().Where(fk => fk.IsRequired && !fk.IsOwnership))
        {
            var principal = Create(foreignKey.PrincipalEntityType);
            db.Add(principal);
            var key = foreignKey.PrincipalKey.Properties.Single().PropertyInfo!.GetValue(principal);
            foreignKey.Properties.Single().PropertyInfo!.SetValue(entity, key);
        }

        return entity;
    }

    private void SetScalar(object entity, IProperty property)
    {
        if (property.Name == "TenantId" || !property.PropertyInfo!.CanWrite)
        {
            return;
        }

        var value = ValueFor(property.ClrType, property.GetMaxLength());
        if (value is not null)
        {
            property.PropertyInfo.SetValue(entity, value);
        }
    }

    private object CreateComplex(IComplexType complexType)
    {
        var constructor = complexType.ClrType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => ValueFor(p.ParameterType, 100)).ToArray();
        return constructor.Invoke(arguments);
    }

    private object? ValueFor(Type type, int? maxLength)
    {
        var n = Interlocked.Increment(ref _counter);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => Truncate($"v{n}-{Guid.NewGuid():N}", maxLength),
            _ when underlying == typeof(Guid) => Guid.NewGuid(),
            _ when underlying == typeof(int) => n,
            _ when underlying == typeof(long) => (long)n,
            _ when underlying == typeof(double) => n / 1000.0,
            _ when underlying == typeof(decimal) => (decimal)n,
            _ when underlying == typeof(bool) => n % 2 == 0,
            _ when underlying == typeof(DateTime) => DateTime.UtcNow.AddMinutes(-n),
            _ when underlying == typeof(DateTimeOffset) => DateTimeOffset.UtcNow.AddMinutes(-n),
            _ when underlying == typeof(DateOnly) => DateOnly.FromDateTime(DateTime.UtcNow),
            _ when underlying == typeof(TimeSpan) => TimeSpan.FromMinutes(n),
            _ when underlying == typeof(byte[]) => new byte[] { 1, 2, 3 },
            _ when underlying.IsEnum => Enum.GetValues(underlying).GetValue(0),
            _ => null,
        };
    }

    private static string Truncate(string value, int? maxLength) =>
        maxLength is { } max && value.Length > max ? value[..max] : value;

    public static MethodInfo GenericMethod(Type owner, string name) =>
        owner.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)!;
}
