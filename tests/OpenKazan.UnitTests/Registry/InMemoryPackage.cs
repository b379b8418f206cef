using System.Text;
using OpenKazan.BuildingBlocks.Packages;

namespace OpenKazan.UnitTests.Registry;

/// <summary>A small valid city package in memory; each test breaks one thing in it.</summary>
internal sealed class InMemoryPackage : ICityPackageSource
{
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal)
    {
        ["districts.csv"] = "code,name_ru,name_tt,name_en\ncentre,Центральный,,Central\nnorth,Северный,,North\n",
        ["organisations.csv"] = "code,type,name_ru,name_tt,name_en,inn,phone,email,district\n"
            + "uk-1,ManagingOrganisation,УК Один,,,1655000001,,,centre\n"
            + "lift,Contractor,Лифтсервис,,,1655000002,,,\n",
        ["buildings.csv"] = "id,address,district,lat,long,managing_org,floors,flats,year_built\n"
            + "b-1,\"ул. Баумана, д. 1\",centre,55.79,49.11,uk-1,5,60,1960\n"
            + "b-2,\"ул. Баумана, д. 2\",north,55.80,49.12,,9,100,1980\n",
        ["categories.csv"] = "code,parent,name_ru,name_tt,name_en,emergency,photo_required,group\n"
            + "lift,,Лифт,,,false,false,lift\n"
            + "lift.stuck,lift,Застревание в лифте,,,true,false,lift\n",
        ["responsibilities.csv"] = "category,district,building,organisation\nlift,,,lift\n",
    };

    public InMemoryPackage With(string file, string content)
    {
        Files[file] = content;
        return this;
    }

    public InMemoryPackage Without(string file)
    {
        Files.Remove(file);
        return this;
    }

    public InMemoryPackage AppendLine(string file, string line)
    {
        Files[file] += line + "\n";
        return this;
    }

    public Task<string?> ReadTextAsync(string fileName, CancellationToken cancellationToken) =>
        Task.FromResult(Files.GetValueOrDefault(fileName));

    public Task<byte[]?> ReadBytesAsync(string fileName, CancellationToken cancellationToken) =>
        Task.FromResult(Files.TryGetValue(fileName, out var text) ? Encoding.UTF8.GetBytes(text) : null);
}
