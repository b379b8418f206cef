using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace OpenKazan.UnitTests.Architecture;

/// <summary>
/// The types of other modules that a compiled module names, read from its metadata's type-reference table: every
/// signature, base type, attribute and IL instruction that names a type of another assembly goes through that table,
/// so nothing a module uses can hide from it.
/// </summary>
internal static class ModuleTypeReferences
{
    public const string ContractsNamespace = "Contracts";

    /// <summary>The other modules' types <paramref name="assembly"/> uses outside their contract namespaces.</summary>
    public static IReadOnlyList<string> NonContractTypesOfOtherModules(Assembly assembly, IReadOnlyCollection<string> modules)
    {
        using var file = File.OpenRead(assembly.Location);
        using var pe = new PEReader(file);
        var reader = pe.GetMetadataReader();
        var own = assembly.GetName().Name;

        return reader.TypeReferences
            .Select(handle => Describe(reader, reader.GetTypeReference(handle)))
            .Where(type => type.Assembly != own && modules.Contains(type.Assembly) && !IsContract(type))
            .Select(type => $"{type.Namespace}.{type.Name}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsContract((string Assembly, string Namespace, string Name) type)
    {
        var contracts = $"{type.Assembly}.{ContractsNamespace}";
        return type.Namespace == contracts || type.Namespace.StartsWith(contracts + ".", StringComparison.Ordinal);
    }

    /// <summary>A nested type takes its namespace and assembly from the outermost type that declares it.</summary>
    private static (string Assembly, string Namespace, string Name) Describe(MetadataReader reader, TypeReference type)
    {
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            var outer = Describe(reader, reader.GetTypeReference((TypeReferenceHandle)type.ResolutionScope));
            return (outer.Assembly, outer.Namespace, $"{outer.Name}+{name}");
        }

        var assembly = type.ResolutionScope.Kind == HandleKind.AssemblyReference
            ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name)
            : string.Empty;
        return (assembly, reader.GetString(type.Namespace), name);
    }
}
