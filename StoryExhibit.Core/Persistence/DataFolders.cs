using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace StoryExhibit.Core.Persistence;

/// <summary>Where the exhibit keeps its files: everything sits next to the SQLite database file.</summary>
public sealed class DataFolders
{
    public DataFolders(IConfiguration configuration)
    {
        ConnectionString = configuration.GetConnectionString("StoryExhibit")
            ?? throw new InvalidOperationException("ConnectionStrings:StoryExhibit is missing from appsettings.json (for example \"Data Source=data/storyexhibit.db\").");
        Database = Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
        Root = Path.GetDirectoryName(Database)!;
    }

    public string ConnectionString { get; }
    public string Database { get; }
    public string Root { get; }
    /// <summary>Narrated sentences, one audio file each, in a folder per scene.</summary>
    public string Narration => Path.Combine(Root, "narration");
    /// <summary>Scene pictures, in a folder per story.</summary>
    public string Illustrations => Path.Combine(Root, "illustrations");
    /// <summary>The keys that encrypt stored secrets.</summary>
    public string Keys => Path.Combine(Root, "keys");
}
