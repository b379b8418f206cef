using System.Reflection;
using NetArchTest.Rules;
using OpenKazan.UnitTests.Architecture;

namespace OpenKazan.UnitTests;

/// <summary>The module boundaries, checked on the compiled assemblies.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Building_blocks_depend_on_no_module()
    {
        var result = Types.InAssembly(typeof(OpenKazan.BuildingBlocks.LocalizedText).Assembly)
            .ShouldNot().HaveDependencyOnAny("OpenKazan.Tenancy", "OpenKazan.Registry", "OpenKazan.Persistence", "OpenKazan.Host", "OpenKazan.Onboarding")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>
    /// Which modules each module may use. Every module folder under <c>src/Modules</c> must be declared here, and a
    /// module that starts using another one fails until the new edge is declared (and so reviewed). Acyclic.
    /// </summary>
    private static readonly Dictionary<string, string[]> AllowedModuleDependencies = new(StringComparer.Ordinal)
    {
        ["Tenancy"] = [],
        ["Files"] = [],
        ["Registry"] = ["Tenancy"],
        ["Sla"] = ["Registry"],
        ["Identity"] = ["Registry", "Tenancy"],
        ["Requests"] = ["Registry", "Sla", "Tenancy"],
        ["Feedback"] = ["Registry", "Requests", "Sla", "Tenancy"],
        ["Open311"] = ["Registry", "Requests", "Tenancy"],
        ["Analytics"] = ["Feedback", "Registry", "Requests", "Tenancy"],
        ["Onboarding"] = ["Identity", "Registry", "Requests", "Sla", "Tenancy"],
    };

    public static TheoryData<string> Modules() => new(ModuleFolders());

    [Fact]
    public void Every_module_folder_is_declared_with_its_allowed_dependencies()
    {
        Assert.Equal(AllowedModuleDependencies.Keys.Order(StringComparer.Ordinal), ModuleFolders());
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_only_the_modules_declared_for_it_and_never_the_host_or_the_composed_context(string module)
    {
        var assembly = Assembly.Load($"OpenKazan.{module}");
        var used = assembly.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(n => n.StartsWith("OpenKazan.", StringComparison.Ordinal) && n != "OpenKazan.BuildingBlocks")
            .Select(n => n["OpenKazan.".Length..])
            .Order(StringComparer.Ordinal);

        var allowed = AllowedModuleDependencies.GetValueOrDefault(module, []);
        Assert.Empty(used.Except(allowed));
    }

    /// <summary>
    /// Modules use each other only through the other module's <c>Contracts</c> namespace: any other type of another
    /// module a module names (in a signature, a base type, an attribute or its IL) fails here. There is no exception
    /// list: issue 19 moved the last such reference behind a contract.
    /// </summary>
    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_other_modules_only_through_their_contracts(string module)
    {
        var bypassing = NonContractReferences(module).ToList();

        Assert.True(bypassing.Count == 0, $"{module} uses non-contract types of other modules:\n{string.Join("\n", bypassing)}");
    }

    /// <summary>
    /// The Host's pages, views and services use the modules only through their <c>Contracts</c> namespaces, found type by
    /// type over the whole Host assembly (compiled views included). There is no exception list: issue 19 moved the last
    /// such reference behind a contract.
    /// </summary>
    [Fact]
    public void The_host_uses_modules_only_through_their_contracts()
    {
        var bypassing = HostReferences()
            .SelectMany(folder => folder.Value.Select(type => $"[\"{folder.Key}\"] {type}"))
            .ToList();

        Assert.True(bypassing.Count == 0, $"The host uses non-contract types of modules:\n{string.Join("\n", bypassing)}");
    }

    private static SortedDictionary<string, SortedSet<string>> HostReferences() =>
        HostTypeReferences.NonContractTypesByFolder(typeof(OpenKazan.Host.SharedResource).Assembly.Location, ModuleFolders().Select(m => $"OpenKazan.{m}").ToList());

    private static IReadOnlyList<string> NonContractReferences(string module) =>
        ModuleTypeReferences.NonContractTypesOfOtherModules(Assembly.Load($"OpenKazan.{module}"), ModuleFolders().Select(m => $"OpenKazan.{m}").ToList());

    /// <summary>
    /// One path per state change: only the requests' command class asks the workflow to decide; besides its own public
    /// path, only intake's dispatch (inside the transaction that files a request) uses its in-unit-of-work variant.
    /// </summary>
    [Fact]
    public void Only_the_request_commands_ask_the_workflow_to_decide_and_apply_a_move()
    {
        var sources = SourceFiles();

        Assert.Equal(new[] { "RequestCommands.cs" }, sources.Where(s => s.Text.Contains("RequestWorkflow.Decide(", StringComparison.Ordinal)).Select(s => s.Name));
        Assert.Equal(new[] { "RequestCommands.cs", "RequestDispatcher.cs" },
            sources.Where(s => s.Text.Contains("ApplyInUnitOfWorkAsync(", StringComparison.Ordinal)).Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>One path per comment: pages, the API and Open311 updates all write comments through the comment writer.</summary>
    [Fact]
    public void Only_the_comment_writer_creates_a_comment()
    {
        var writers = SourceFiles().Where(s => s.Text.Contains("new RequestComment", StringComparison.Ordinal)).Select(s => s.Name);

        Assert.Equal(new[] { "CommentWriter.cs" }, writers);
    }

    private static List<(string Name, string Text)> SourceFiles() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();

    /// <summary>The modules as the source tree has them: one folder per module under src/Modules.</summary>
    internal static List<string> ModuleFolders() =>
        Directory.GetDirectories(Path.Combine(Repository.Root, "src", "Modules"))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
}
