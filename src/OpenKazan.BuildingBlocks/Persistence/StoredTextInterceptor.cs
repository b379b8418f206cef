using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// The storage end of the input rule (docs/security.md, "Input rule"), for every context and every channel,
/// including the ones no middleware sees (uploads' text fields, city package imports, jobs): control characters
/// the rule refuses are dropped before a row is written, so no stored text can break a JSON or XML writer or make
/// PostgreSQL refuse a NUL; a text longer than its column is refused with <see cref="TextTooLongException"/>
/// (answered as a 400) instead of a database error.
/// </summary>
public sealed class StoredTextInterceptor : SaveChangesInterceptor
{
    public static readonly StoredTextInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Clean(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Clean(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Clean(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
        {
            Clean(entry.State, entry.Properties, entry.ComplexProperties);
        }
    }

    /// <summary>The entity's own text columns and those of its complex values (names in three languages…).</summary>
    private static void Clean(EntityState state, IEnumerable<PropertyEntry> properties, IEnumerable<ComplexPropertyEntry> complex)
    {
        foreach (var property in properties.Where(p => p.Metadata.ClrType == typeof(string)))
        {
            Clean(state, property);
        }

        foreach (var value in complex.Where(c => c.CurrentValue is not null))
        {
            Clean(state, value.Properties, value.ComplexProperties);
        }
    }

    private static void Clean(EntityState state, PropertyEntry property)
    {
        if (property.CurrentValue is not string text || (state == EntityState.Modified && !property.IsModified))
        {
            return;
        }

        var kept = InputText.StripControls(text);
        if (!ReferenceEquals(kept, text))
        {
            property.CurrentValue = kept;
        }

        if (property.Metadata.GetMaxLength() is { } max && kept.Length > max)
        {
            throw new TextTooLongException(property.Metadata.Name, max);
        }
    }
}

/// <summary>A text longer than its field allows reached the database layer: the caller's input, answered as a 400.</summary>
public sealed class TextTooLongException : InvalidOperationException
{
    public TextTooLongException()
    {
    }

    public TextTooLongException(string message)
        : base(message)
    {
    }

    public TextTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TextTooLongException(string field, int maxLength)
        : base($"The field '{field}' is longer than {maxLength} characters.")
    {
        Field = field;
        MaxLength = maxLength;
    }

    public string Field { get; } = string.Empty;

    public int MaxLength { get; }
}
