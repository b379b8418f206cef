using System.Reflection;
using System.Text.RegularExpressions;

namespace OpenKazan.UnitTests.Architecture;

/// <summary>
/// docs/architecture.md's contracts diagram against the compiled modules: each module's arrows are the modules it
/// really uses, each contract box names only types its <c>Contracts</c> namespace has, and every port (interface) in it.
/// </summary>
public sealed partial class ArchitecturePageTests
{
    private static readonly Lazy<ContractsDiagram> Diagram = new(ContractsDiagram.Read);

    public static TheoryData<string> Modules() => new(ArchitectureTests.ModuleFolders());

    [Theory]
    [MemberData(nameof(Modules))]
    public void The_diagram_draws_the_modules_each_module_uses(string module)
    {
        var used = Assembly.Load($"OpenKazan.{module}").GetReferencedAssemblies().Select(r => r.Name!)
            .Select(n => n.StartsWith("OpenKazan.", StringComparison.Ordinal) ? n["OpenKazan.".Length..] : n)
            .Intersect(ArchitectureTests.ModuleFolders())
            .Order(StringComparer.Ordinal);

        var drawn = Diagram.Value.Uses.GetValueOrDefault(module, []).Order(StringComparer.Ordinal);

        Assert.True(used.SequenceEqual(drawn), $"docs/architecture.md: the Contracts diagram draws {module} --> [{string.Join(", ", drawn)}], but it uses [{string.Join(", ", used)}].");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_contract_box_names_real_contract_types_and_every_port(string module)
    {
        var contracts = ContractTypes(module);
        var named = Diagram.Value.Boxes.GetValueOrDefault(module, []);

        var stale = named.Except(contracts.Select(t => t.Name)).ToList();
        var missing = contracts.Where(t => t.IsInterface).Select(t => t.Name).Except(named).ToList();

        Assert.True(contracts.Count == 0 || Diagram.Value.Boxes.ContainsKey(module), $"docs/architecture.md: {module} publishes a contract the Contracts diagram has no box for.");
        Assert.True(stale.Count == 0, $"docs/architecture.md: the {module}.Contracts box names types the contract does not have: {string.Join(", ", stale)}");
        Assert.True(missing.Count == 0, $"docs/architecture.md: the {module}.Contracts box does not name these ports: {string.Join(", ", missing)}");
    }

    private static List<(string Name, bool IsInterface)> ContractTypes(string module) =>
        Assembly.Load($"OpenKazan.{module}").GetExportedTypes()
            .Where(t => t.Namespace == $"OpenKazan.{module}.{ModuleTypeReferences.ContractsNamespace}" && !t.IsNested)
            .Select(t => (t.Name.Split('`')[0], t.IsInterface))
            .ToList();

    /// <summary>The "### Contracts" mermaid block: boxes <c>XC["Module.Contracts&lt;br/&gt;Type, Type + Type"]</c> and arrows <c>Module --&gt; XC &amp; YC</c>.</summary>
    private sealed record ContractsDiagram(Dictionary<string, List<string>> Boxes, Dictionary<string, List<string>> Uses)
    {
        public static ContractsDiagram Read()
        {
            var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "architecture.md"));
            var start = page.IndexOf("```mermaid", page.IndexOf("### Contracts", StringComparison.Ordinal), StringComparison.Ordinal);
            var block = page[start..page.IndexOf("```\n", start + 10, StringComparison.Ordinal)];
            var boxes = BoxLine().Matches(block).ToDictionary(m => m.Groups["id"].Value, m => (Module: m.Groups["module"].Value, Types: TypeNames(m.Groups["types"].Value)));
            var uses = ArrowLine().Matches(block).ToDictionary(
                m => m.Groups["module"].Value,
                m => m.Groups["boxes"].Value.Split('&', StringSplitOptions.TrimEntries).Select(id => boxes[id].Module).ToList());
            return new(boxes.Values.ToDictionary(b => b.Module, b => b.Types), uses);
        }

        /// <summary>Single identifiers are type names; phrases ("status enums", "(names per language)") are prose.</summary>
        private static List<string> TypeNames(string box) =>
            Regex.Replace(box, @"\([^)]*\)", string.Empty)
                .Split(["<br/>", ",", "+"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(word => Identifier().IsMatch(word))
                .ToList();
    }

    [GeneratedRegex("""^\s*(?<id>\w+)\["(?<module>\w+)\.Contracts<br/>(?<types>.*)"\]\s*$""", RegexOptions.Multiline)]
    private static partial Regex BoxLine();

    [GeneratedRegex(@"^\s*(?<module>\w+) --> (?<boxes>[\w &]+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex ArrowLine();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex Identifier();
}
