using Bunit;
using Bunit.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Web.Components.Pages;

namespace StoryExhibit.Tests.Components.Canvases;

/// <summary>The wall screen at /canvas/{slug}: an address no canvas has is black for the public and says so to staff.</summary>
public sealed class CanvasScreenTests : ComponentTestContext
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-canvas-screen-").FullName;
    private ServiceProvider _database = null!;
    private CanvasStore _store = null!;
    private readonly BunitAuthorizationContext _auth;

    public CanvasScreenTests()
    {
        Services.AddLogging();
        Services.AddSingleton(new CanvasHub());
        var module = JSInterop.SetupModule("./Components/Canvases/CanvasPanel.razor.js");
        module.SetupVoid("attach", _ => true).SetVoidResult();
        module.SetupVoid("detach", _ => true).SetVoidResult();
        _auth = AddAuthorization();
    }

    public override async Task InitializeAsync()
    {
        _database = new ServiceCollection().AddDbContextFactory<StoryExhibitDb>(o => o.UseSqlite($"Data Source={Path.Combine(_folder, "stories.db")}")).BuildServiceProvider();
        var contexts = _database.GetRequiredService<IDbContextFactory<StoryExhibitDb>>();
        await using (var db = await contexts.CreateDbContextAsync()) await db.Database.MigrateAsync();
        _store = new CanvasStore(contexts);
        Services.AddSingleton(_store);
    }

    protected override async Task DisposeTestAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void An_unknown_address_is_pure_black_for_the_public()
    {
        var cut = Render<CanvasScreen>(p => p.Add(c => c.Slug, "no-such-wall"));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".canvas-panel")));
        Assert.Empty(cut.FindAll(".canvas-waiting"));
        Assert.Empty(cut.FindAll(".canvas-not-set-up"));
        Assert.Equal("", cut.Find("main.canvas-screen").TextContent.Trim());
    }

    [Fact]
    public void An_unknown_address_tells_signed_in_staff_it_is_not_set_up_yet()
    {
        _auth.SetAuthorized("staff");
        var cut = Render<CanvasScreen>(p => p.Add(c => c.Slug, "no-such-wall"));

        cut.WaitForAssertion(() => Assert.Equal("Canvas “no-such-wall” is not set up yet", cut.Find(".canvas-not-set-up").TextContent));
        Assert.Empty(cut.FindAll(".canvas-waiting"));
    }

    [Fact]
    public async Task A_canvas_set_up_while_its_screen_is_open_starts_waiting_for_pictures()
    {
        _auth.SetAuthorized("staff");
        var cut = Render<CanvasScreen>(p => p.Add(c => c.Slug, "later-wall"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".canvas-not-set-up")));

        Assert.True((await _store.CreateAsync(new CanvasDefinition { Slug = "later-wall", Title = "Later wall" }, CancellationToken.None)).Saved);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".canvas-not-set-up")));
        Assert.NotEmpty(cut.FindAll(".canvas-waiting"));
    }
}
