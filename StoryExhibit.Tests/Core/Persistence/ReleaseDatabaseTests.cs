using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Settings;
using StoryExhibit.Core.Staff;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Auth;

namespace StoryExhibit.Tests.Core.Persistence;

/// <summary>
/// A database written by the release before the move to EF Core 10 (EF Core 6.0.7, migrations Initial, StaffSide and
/// EventVisitors) opens through the app's normal start, loses nothing and takes new writes.
/// <para>
/// Fixtures/release-ef6.db was made by that release's own services (StoryEngine with the offline storyteller,
/// StaffAccounts, SettingsStore, CanvasStore, SceneIllustrations, ConsentLog, FeedbackService) and checkpointed into
/// one file. It holds: story ELK-6774 (a seed with every field set) whose first scene branches three ways, the third
/// through a visitor's own choice; story GNU-5603 (a seed with no characters, place or object) whose only scene was
/// written again (variant 1); 14 choices; settings overrides Costs:Currency = EUR, Costs:DailyBudget = 30 (changed
/// twice, by two people) and a secret text API key, encrypted, with their 4 recorded changes; staff accounts admin,
/// staff, night-guard (one failed sign-in) and curator (an admin); the two starter canvases and a "lobby" canvas;
/// a ready illustration (its file is not kept), a feedback, two consents, 14 events and 9 provider calls.
/// </para>
/// </summary>
public sealed class ReleaseDatabaseTests : IDisposable
{
    private const string LighthouseCode = "ELK-6774";
    private const string RobotCode = "GNU-5603";
    private static readonly Guid LighthouseId = Guid.Parse("33DA10EE-F086-460E-8D11-76ED82A20564");
    private static readonly Guid FirstSceneId = Guid.Parse("3065EDC1-BDF2-463C-B91A-4CFE084A4B94");
    private static readonly Guid CustomBranchSceneId = Guid.Parse("722E8542-551B-46F4-85B9-DFFCA51CF5AB");

    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-release-").FullName;
    private string Database => Path.Combine(_folder, "stories.db");

    public ReleaseDatabaseTests() =>
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "release-ef6.db"), Database);

    [Fact]
    public async Task A_database_from_the_EF_Core_6_release_opens_with_nothing_lost_and_takes_new_writes()
    {
        var before = RawRows();
        Assert.Equal([2, 5, 14, 3, 4, 4, 3], new[] { "Stories", "Scenes", "Choices", "SettingOverrides", "SettingChanges", "StaffAccounts", "Canvases" }.Select(t => before[t].Count));
        var prose = RawProse();
        var ct = CancellationToken.None;

        await using (var app = new ReleaseApp(Database))
        {
            var services = app.Services; // starts the app: the database is migrated as at every start

            await using (var db = await services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync(ct))
            {
                Assert.False(db.Database.HasPendingModelChanges());
                Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
                Assert.Equal(["20261121070435_Initial", "20261121073544_StaffSide", "20261121084513_EventVisitors", "20261129180644_LongerStoryCodes", "20261129194500_CanvasCornerLabel", "20261129211606_VisitorProfiles", "20261130035132_StudioJobs", "20261130070026_SceneUnread", "20261130104943_StoryLookupIndexes"], await db.Database.GetAppliedMigrationsAsync(ct));
            }

            // The start changed and removed nothing (it may add rows of its own, e.g. a story recorded as abandoned, and
            // columns after the old ones, e.g. Canvases.ShowCornerLabel).
            var afterStart = RawRows();
            foreach (var (table, rows) in before)
                foreach (var row in rows)
                    Assert.Contains(afterStart[table], after => after == row || after.StartsWith(row + " | ", StringComparison.Ordinal));

            await ReadsBackStoriesAsync(services, prose, ct);
            await ReadsBackSettingsAsync(services, ct);
            await ReadsBackStaffAccountsAsync(services, ct);
            await ReadsBackTheRestAsync(services, ct);
            await TakesNewWritesAsync(services, ct);
        }

        SqliteConnection.ClearAllPools();
        await using var connection = Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal(5L, Scalar(connection, $"SELECT COUNT(*) FROM Scenes WHERE StoryId = '{LighthouseId.ToString().ToUpperInvariant()}'"));
        Assert.Equal("AUD", Scalar(connection, "SELECT Value FROM SettingOverrides WHERE Key = 'Costs:Currency'"));
    }

    private static async Task ReadsBackStoriesAsync(IServiceProvider services, IReadOnlyDictionary<Guid, string> prose, CancellationToken ct)
    {
        var engine = services.GetRequiredService<StoryEngine>();

        var lighthouse = await engine.OpenAsync(LighthouseCode, ct);
        Assert.NotNull(lighthouse);
        Assert.Equal(LighthouseId, lighthouse.Id);
        Assert.Equal("A lighthouse keeper finds a map that redraws itself every...", lighthouse.Title);
        var lighthouseSeed = new StorySeed
        {
            Prompt = "A lighthouse keeper finds a map that redraws itself every night",
            Genre = "Mystery",
            Place = "a storm-battered island",
            StoryObject = "a brass compass",
            Audience = Audience.Children,
            Rating = ContentRating.Gentle,
            Ending = EndingPreference.Twist,
            Length = 4,
            ArtStyle = ArtStyle.Watercolour,
            RandomSeed = 42,
        };
        Assert.Equal(lighthouseSeed, lighthouse.Seed with { Characters = lighthouseSeed.Characters }); // a record compares lists by reference
        Assert.Equal(["Mira the keeper", "a talking gull"], lighthouse.Seed.Characters);
        Assert.Equal(CustomBranchSceneId, lighthouse.CurrentSceneId);
        Assert.Equal("2026-11-29 11:58:10.4350932", Stored(lighthouse.CreatedUtc));
        Assert.Equal("2026-11-29 11:58:25.0991122", Stored(lighthouse.UpdatedUtc));

        Assert.Equal(4, lighthouse.Scenes.Count);
        var first = lighthouse.Scenes.Single(s => s.ParentId is null);
        Assert.Equal(FirstSceneId, first.Id);
        Assert.Equal(1, first.Number);
        Assert.StartsWith("This story begins in a storm-battered island.", first.Prose, StringComparison.Ordinal);
        Assert.Equal("2026-11-29 11:58:10.5337307", Stored(first.CreatedUtc));
        Assert.Equal(
            [
                (0, "Search the lighthouse for clues", false),
                (1, "Follow a talking gull’s hunch", false),
                (2, "The gull steals the compass and flies out to sea", true),
            ],
            first.Choices.OrderBy(c => c.Position).Select(c => (c.Position, c.Text, c.IsCustom)));
        // The branch: each of the first scene's choices leads to its own second scene.
        var branches = lighthouse.Scenes.Where(s => s.ParentId == first.Id).ToList();
        Assert.Equal(first.Choices.Select(c => c.Id).Order(), branches.Select(s => s.ViaChoiceId!.Value).Order());
        Assert.All(branches, s => Assert.Equal((2, SceneState.Complete, false, 0, 3), (s.Number, s.State, s.IsEnding, s.Variant, s.Choices.Count)));
        Assert.All(lighthouse.Scenes, s => Assert.False(s.Unread)); // every scene written before was opened: its choice stays "read before"
        var custom = branches.Single(s => s.Id == CustomBranchSceneId);
        Assert.Equal(["Go and find a postman", "Help a postman first", "Outwit the locked door nobody could open"],
            custom.Choices.OrderBy(c => c.Position).Select(c => c.Text));

        var robot = await engine.OpenAsync(RobotCode, ct);
        Assert.NotNull(robot);
        var robotSeed = new StorySeed
        {
            Prompt = "A robot learns to bake bread for a village",
            Genre = "Science fiction",
            Audience = Audience.Adults,
            Rating = ContentRating.Thrilling,
            Ending = EndingPreference.Bittersweet,
            Length = 6,
            ArtStyle = ArtStyle.PixelArt,
            RandomSeed = 7,
        };
        Assert.Equal(robotSeed, robot.Seed with { Characters = robotSeed.Characters });
        Assert.Empty(robot.Seed.Characters);
        var rewritten = Assert.Single(robot.Scenes);
        Assert.Equal((1, SceneState.Complete, 1, null), (rewritten.Number, rewritten.State, rewritten.Variant, rewritten.Error));
        Assert.Equal(["Go and find a hologram", "Lend a hologram a hand"], rewritten.Choices.OrderBy(c => c.Position).Select(c => c.Text));

        // Every scene's prose exactly as the release stored it (curly quotes and all).
        Assert.Equal(prose.OrderBy(p => p.Key), lighthouse.Scenes.Concat(robot.Scenes).ToDictionary(s => s.Id, s => s.Prose).OrderBy(p => p.Key));
    }

    private static async Task ReadsBackSettingsAsync(IServiceProvider services, CancellationToken ct)
    {
        var settings = services.GetRequiredService<SettingsStore>();
        Assert.Equal(
            [
                ("Costs:Currency", "EUR", false, "admin", "2026-11-29 11:58:10.3024202"),
                ("Costs:DailyBudget", "30", false, "curator", "2026-11-29 11:58:10.365287"),
                ("Generation:Text:OpenAICompatible:ApiKey",
                    "CfDJ8AG7kQituOFKrJBT0guxNNVoMXoknuHUaf6Qo39pMqzbsSQ8622x0e0loJxZLwQF8UpDtHPu9IFlF5PYhTX5kQrVLclprW1epS6VmwiA5iQiPOurdBp1VTDnRTF2jdvKiqvN5RpOm75mgS2ZsFU8Dq8",
                    true, "admin", "2026-11-29 11:58:10.3792253"),
            ],
            (await settings.ReadAllAsync(ct)).Select(s => (s.Key, s.Value, s.IsSecret, s.UpdatedBy, Stored(s.UpdatedUtc))));
        Assert.Equal(
            [
                ("Generation:Text:OpenAICompatible:ApiKey", null, SettingsStore.SecretReplaced, "admin"),
                ("Costs:DailyBudget", "25", "30", "curator"),
                ("Costs:DailyBudget", null, "25", "admin"),
                ("Costs:Currency", null, "EUR", "admin"),
            ],
            (await settings.RecentChangesAsync(10, ct)).Select(c => (c.Key, c.OldValue, c.NewValue, c.ChangedBy)));

        // The overrides still beat appsettings.json.
        var configuration = services.GetRequiredService<IConfiguration>();
        Assert.Equal(("EUR", "30"), (configuration["Costs:Currency"], configuration["Costs:DailyBudget"]));
    }

    private static async Task ReadsBackStaffAccountsAsync(IServiceProvider services, CancellationToken ct)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync(ct))
        {
            var accounts = await db.StaffAccounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
            Assert.Equal(
                [
                    (1, "admin", StaffRole.Admin, 0, "AQAAAAIAAYagAAAAEDSrDHBKuSoNZXFGTionL9v8iGCouxTlqJUWQUiwr07DD954VLAQp77+0A+HSWtIXw==",
                        "2026-11-29 11:58:09.1973281", "2026-11-29 11:58:10.2104209"),
                    (2, "staff", StaffRole.Staff, 0, "AQAAAAIAAYagAAAAEKkWcDK2fZ+Cbj3oJ3m1T67BQZyCEDAMDCGQU6G7AaIm5Z+dAB1GPEDXPaksQ4HKKw==",
                        "2026-11-29 11:58:09.819625", null),
                    (3, "night-guard", StaffRole.Staff, 1, "AQAAAAIAAYagAAAAEESq7+G1MXBIokM+EvibzmMPokn39+1nNnPR1c4CtyZJ9/QzCiETaM3MGSyL4CJZ7w==",
                        "2026-11-29 11:58:09.9576823", null),
                    (4, "curator", StaffRole.Admin, 0, "AQAAAAIAAYagAAAAEKFjNa0UricP8Bz1LJGI4Qr+XKTr6pCkghWLgWtDLRI17JZkwSHstLnHe1e9zmSzmQ==",
                        "2026-11-29 11:58:10.0332523", null),
                ],
                accounts.Select(a => (a.Id, a.UserName, a.Role, a.FailedSignIns, a.PasswordHash, Stored(a.CreatedUtc),
                    a.LastSignInUtc is { } signedIn ? Stored(signedIn) : null)));
            Assert.All(accounts, a => Assert.Null(a.LockedUntilUtc));
        }

        // The release's password hashes still let their owners in.
        var signIn = await services.GetRequiredService<StaffAccounts>().VerifyAsync("night-guard", "night-guard-password-1", "127.0.0.1", ct);
        Assert.Equal(SignInOutcome.SignedIn, signIn.Outcome);
    }

    private static async Task ReadsBackTheRestAsync(IServiceProvider services, CancellationToken ct)
    {
        Assert.Equal(
            [
                // Canvases from before the corner-label switch keep their label.
                ("live", CanvasSource.LiveGenerator, ArtStyle.Watercolour, 2.0, true),
                ("lobby", CanvasSource.LiveGenerator, ArtStyle.Comic, 1.5, true),
                ("test-pattern", CanvasSource.TestPattern, ArtStyle.Storybook, 4.0, true),
            ],
            (await services.GetRequiredService<CanvasStore>().ListAsync(ct)).Select(c => (c.Slug, c.Source, c.Style, c.FramesPerSecond, c.ShowCornerLabel)));

        var picture = Assert.Single((await services.GetRequiredService<SceneIllustrations>().ForStoryAsync(LighthouseId, ct)).Values);
        Assert.Equal((FirstSceneId, ArtStyle.Watercolour, IllustrationState.Ready, "image/svg+xml"), (picture.SceneId, picture.Style, picture.State, picture.MediaType));

        await using var db = await services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync(ct);
        var feedback = await db.Feedback.AsNoTracking().SingleAsync(ct);
        Assert.Equal((LighthouseId, 5, "Loved the gull and the pictures!", 0.649, "pictures"),
            (feedback.StoryId!.Value, feedback.Rating, feedback.Comment, feedback.Sentiment!.Value, feedback.Theme));
        Assert.Equal([("camera", true, LighthouseCode), ("microphone", false, null)],
            (await db.Consents.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct)).Select(c => (c.Purpose, c.Granted, c.SessionCode)));
        var events = await db.Events.AsNoTracking().Where(e => e.Kind != ExhibitEventKind.StoryAbandoned).ToListAsync(ct);
        Assert.Equal(
            [(ExhibitEventKind.StoryStarted, 2), (ExhibitEventKind.SceneGenerated, 6), (ExhibitEventKind.ChoiceMade, 3), (ExhibitEventKind.BranchTaken, 2),
                (ExhibitEventKind.FeedbackGiven, 1)],
            events.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal("Mystery", events.Single(e => e.SessionCode == LighthouseCode && e.Kind == ExhibitEventKind.StoryStarted).Detail);
        var calls = await db.ProviderCalls.AsNoTracking().ToListAsync(ct);
        Assert.Equal([(GeneratorService.Text, 6), (GeneratorService.Images, 3)],
            calls.GroupBy(c => c.Service).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.All(calls, c => Assert.Equal(("Offline", 0m), (c.Provider, c.EstimatedCost)));
    }

    private static async Task TakesNewWritesAsync(IServiceProvider services, CancellationToken ct)
    {
        var engine = services.GetRequiredService<StoryEngine>();
        var lighthouse = (await engine.OpenAsync(LighthouseCode, ct))!;
        var custom = lighthouse.Scenes.Single(s => s.Id == CustomBranchSceneId);
        var postman = custom.Choices.Single(c => c.Position == 0);
        await foreach (var _ in engine.ContinueAsync(lighthouse, custom.Id, postman.Id, ct)) { }

        var reopened = (await engine.OpenAsync(LighthouseCode, ct))!;
        var written = reopened.Scenes.Single(s => s.ViaChoiceId == postman.Id);
        Assert.Equal((CustomBranchSceneId, 3, SceneState.Complete), (written.ParentId!.Value, written.Number, written.State));
        Assert.NotEmpty(written.Prose);
        Assert.Equal(written.Id, reopened.CurrentSceneId);

        var changes = await services.GetRequiredService<SettingsStore>().SaveAsync(
            new Dictionary<string, string?> { ["Costs:Currency"] = "AUD" }, new HashSet<string>(), "curator", ct);
        Assert.Equal(("EUR", "AUD"), (Assert.Single(changes).OldValue, changes[0].NewValue));
    }

    private static string Stored(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Every row of every table, as text, read with plain SQL (not through EF Core).</summary>
    private Dictionary<string, List<string>> RawRows()
    {
        using var connection = Open();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var rows = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var list = rows[table] = [];
            while (reader.Read())
                list.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    private Dictionary<Guid, string> RawProse()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Prose FROM Scenes";
        using var reader = command.ExecuteReader();
        var prose = new Dictionary<Guid, string>();
        while (reader.Read()) prose[Guid.Parse(reader.GetString(0))] = reader.GetString(1);
        return prose;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The whole app in the test process, on the copied database, with its data kept whatever its age.</summary>
    private sealed class ReleaseApp(string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:StoryExhibit", $"Data Source={database}");
            builder.UseSetting("Privacy:RetentionDays", "3650");
        }
    }
}
