using Mono.Cecil;
using Mono.Cecil.Cil;

namespace OpenKazan.UnitTests.Architecture;

/// <summary>
/// The modules' non-contract types each folder of the Host names, type by type: base types, interfaces, attributes,
/// fields, properties, signatures, locals and every type, method and field an instruction refers to, including the
/// compiled Razor views (placed in the folder of their <c>.cshtml</c>) and the compiler's nested types (lambdas, async
/// state machines), which count for the type that declares them. Only the modules' composition entries are left out:
/// the Host is the composition root that adds each module.
/// </summary>
internal static class HostTypeReferences
{
    private const string RazorDocumentNamespace = "AspNetCoreGeneratedDocument";

    /// <summary>Folder of the Host (as <c>Pages/Resident</c>; the Host's root is <c>""</c>) -> the module types it names outside their contracts.</summary>
    public static SortedDictionary<string, SortedSet<string>> NonContractTypesByFolder(string assemblyPath, IReadOnlyCollection<string> modules)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var found = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.MainModule.Types)
        {
            var used = new SortedSet<string>(StringComparer.Ordinal);
            Collect(type, used, modules);
            if (used.Count > 0)
            {
                var folder = FolderOf(type);
                if (!found.TryGetValue(folder, out var list))
                {
                    found[folder] = list = new SortedSet<string>(StringComparer.Ordinal);
                }

                list.UnionWith(used);
            }
        }

        return found;
    }

    private static string FolderOf(TypeDefinition type)
    {
        if (type.Namespace == RazorDocumentNamespace
            && type.CustomAttributes.FirstOrDefault(a => a.AttributeType.Name == "RazorCompiledItemMetadataAttribute"
                                                         && (string)a.ConstructorArguments[0].Value == "Identifier") is { } identifier)
        {
            var view = (string)identifier.ConstructorArguments[1].Value;
            return view.TrimStart('/')[..Math.Max(0, view.TrimStart('/').LastIndexOf('/'))];
        }

        const string host = "OpenKazan.Host";
        return type.Namespace.StartsWith(host + ".", StringComparison.Ordinal) ? type.Namespace[(host.Length + 1)..].Replace('.', '/') : string.Empty;
    }

    private static void Collect(TypeDefinition type, SortedSet<string> used, IReadOnlyCollection<string> modules)
    {
        void Add(TypeReference? reference) => AddType(reference, used, modules);

        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        Attributes(type.CustomAttributes, Add);
        type.GenericParameters.SelectMany(p => p.Constraints).ToList().ForEach(c => Add(c.ConstraintType));
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            Attributes(field.CustomAttributes, Add);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            Attributes(property.CustomAttributes, Add);
        }

        foreach (var method in type.Methods)
        {
            Method(method, Add);
        }

        foreach (var nested in type.NestedTypes)
        {
            Collect(nested, used, modules);
        }
    }

    private static void Method(MethodDefinition method, Action<TypeReference?> add)
    {
        add(method.ReturnType);
        method.Parameters.ToList().ForEach(p => add(p.ParameterType));
        Attributes(method.CustomAttributes, add);
        if (!method.HasBody)
        {
            return;
        }

        method.Body.Variables.ToList().ForEach(v => add(v.VariableType));
        foreach (var instruction in method.Body.Instructions)
        {
            Operand(instruction, add);
        }
    }

    private static void Operand(Instruction instruction, Action<TypeReference?> add)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                add(type);
                break;
            case MethodReference called:
                add(called.DeclaringType);
                add(called.ReturnType);
                called.Parameters.ToList().ForEach(p => add(p.ParameterType));
                if (called is GenericInstanceMethod generic)
                {
                    generic.GenericArguments.ToList().ForEach(add);
                }

                break;
            case FieldReference field:
                add(field.DeclaringType);
                add(field.FieldType);
                break;
        }
    }

    private static void Attributes(IEnumerable<CustomAttribute> attributes, Action<TypeReference?> add)
    {
        foreach (var attribute in attributes)
        {
            add(attribute.AttributeType);
            attribute.ConstructorArguments.Where(a => a.Value is TypeReference).ToList().ForEach(a => add((TypeReference)a.Value));
        }
    }

    private static void AddType(TypeReference? reference, SortedSet<string> used, IReadOnlyCollection<string> modules)
    {
        switch (reference)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                AddType(generic.ElementType, used, modules);
                generic.GenericArguments.ToList().ForEach(a => AddType(a, used, modules));
                return;
            case TypeSpecification specification:
                AddType(specification.ElementType, used, modules);
                return;
        }

        var outer = reference;
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        if (outer.Scope is AssemblyNameReference scope && modules.Contains(scope.Name) && !IsContract(scope.Name, outer.Namespace)
            && !IsCompositionEntry(scope.Name, outer))
        {
            used.Add($"{outer.Namespace}.{outer.Name}");
        }
    }

    /// <summary>
    /// The one class in a module's root namespace that the Host, as the composition root, calls to add the module's
    /// services and map its endpoints (<c>OpenKazan.Requests.RequestsModule</c>, <c>OpenKazan.Sla.SlaServiceCollectionExtensions</c>).
    /// </summary>
    private static bool IsCompositionEntry(string assembly, TypeReference type) =>
        type.Namespace == assembly
        && (type.Name.EndsWith("Module", StringComparison.Ordinal) || type.Name.EndsWith("ServiceCollectionExtensions", StringComparison.Ordinal));

    private static bool IsContract(string assembly, string @namespace)
    {
        var contracts = $"{assembly}.{ModuleTypeReferences.ContractsNamespace}";
        return @namespace == contracts || @namespace.StartsWith(contracts + ".", StringComparison.Ordinal);
    }
}
