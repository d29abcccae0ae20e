using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Profiles;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Privacy;

namespace StoryExhibit.Tests.Core.Profiles;

/// <summary>Profiles on a real SQLite file, with stories seeded as the privacy tests seed them.</summary>
public sealed class ProfileStoreTests : IAsyncLifetime
{
    private PrivacyWorld _world = null!;
    private ProfileStore Store => _world.Get<ProfileStore>();

    public async Task InitializeAsync() => _world = await PrivacyWorld.StartAsync();
    public async Task DisposeAsync() => await _world.DisposeAsync();

    private static ProfileDraft Draft(string? name = "Ada", string avatar = "moon") => new(name, avatar, ["Mystery", "Fantasy"], Audience.Children);

    [Fact]
    public async Task A_new_profile_gets_a_code_like_a_story_code_and_reopens_by_it_typed_loosely()
    {
        var saved = await Store.SaveAsync(null, Draft("  Ada\u200B  Lovelace "), default);

        Assert.NotNull(saved);
        Assert.NotNull(SessionCodes.Normalize(saved.Code));
        Assert.Equal(saved.Code, SessionCodes.Normalize(saved.Code));
        var found = await Store.FindAsync(saved.Code.ToLowerInvariant().Replace('-', ' '), default);
        Assert.NotNull(found);
        Assert.Equal(("Ada Lovelace", "moon", Audience.Children), (found.Name, found.Avatar, found.Audience));
        Assert.Equal(["Mystery", "Fantasy"], found.Genres);
        Assert.Null(await Store.FindAsync("OTTER-LANTERN-MANGO-48213", default));
    }

    [Fact]
    public async Task Saving_again_with_the_code_changes_the_same_profile_and_an_unknown_code_saves_nothing()
    {
        var saved = (await Store.SaveAsync(null, Draft(), default))!;
        var changed = await Store.SaveAsync(saved.Code, Draft("Grace", "rocket") with { Genres = ["Comedy"], Audience = null }, default);

        Assert.Equal(saved.Id, changed!.Id);
        var found = (await Store.FindAsync(saved.Code, default))!;
        Assert.Equal(("Grace", "rocket", (Audience?)null), (found.Name, found.Avatar, found.Audience));
        Assert.Equal(["Comedy"], found.Genres);
        Assert.Null(await Store.SaveAsync("OTTER-LANTERN-MANGO-48213", Draft(), default));
        await using var db = await _world.DbAsync();
        Assert.Equal(1, await db.Profiles.CountAsync());
    }

    [Theory]
    [InlineData("a name far too long for the little box on the profile page", "moon", "Name")]
    [InlineData("Ada", "unicorn", "Avatar")]
    public async Task A_draft_that_does_not_fit_is_refused_by_field_and_nothing_is_saved(string name, string avatar, string field)
    {
        var refused = await Assert.ThrowsAsync<ContentRefusedException>(() => Store.SaveAsync(null, Draft(name, avatar), default));
        Assert.Equal(field, Assert.Single(refused.Problems).Field);
        await using var db = await _world.DbAsync();
        Assert.Equal(0, await db.Profiles.CountAsync());
    }

    [Fact]
    public async Task Genres_must_come_from_the_list_and_be_few()
    {
        Assert.Contains(ProfileStore.Check(Draft() with { Genres = ["Horror porn"] }), p => p.Field == "Genres");
        Assert.Contains(ProfileStore.Check(Draft() with { Genres = [.. Genres.All.Take(4)] }), p => p.Field == "Genres");
        Assert.Empty(ProfileStore.Check(Draft()));
    }

    [Fact]
    public async Task A_name_that_does_not_fit_a_childrens_exhibit_is_moderated_like_other_visitor_text()
    {
        var refused = await Assert.ThrowsAsync<ContentRefusedException>(() => Store.SaveAsync(null, Draft("Stabs with a knife, blood everywhere"), default));
        Assert.Equal("Name", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public async Task Stories_filed_under_a_profile_are_listed_newest_first_and_a_story_belongs_to_one_profile()
    {
        var mine = (await Store.SaveAsync(null, Draft(), default))!;
        var theirs = (await Store.SaveAsync(null, Draft("Grace"), default))!;
        var older = await _world.SeedStoryAsync("A fox who keeps a lighthouse", updatedUtc: DateTime.UtcNow.AddHours(-2));
        var newer = await _world.SeedStoryAsync("An owl who runs a bakery", updatedUtc: DateTime.UtcNow.AddHours(-1));

        Assert.True(await Store.AddStoryAsync(mine.Id, older.Story.Id, default));
        Assert.True(await Store.AddStoryAsync(mine.Id, newer.Story.Id, default));
        Assert.False(await Store.AddStoryAsync(theirs.Id, newer.Story.Id, default));
        Assert.False(await Store.AddStoryAsync(mine.Id, Guid.NewGuid(), default));

        var listed = await Store.StoriesAsync(mine.Id, default);
        Assert.Equal([newer.Story.SessionCode, older.Story.SessionCode], listed.Select(s => s.SessionCode));
        Assert.Equal(2, listed[0].Scenes);
        Assert.Empty(await Store.StoriesAsync(theirs.Id, default));
        Assert.Equal(2, await Store.StoriesAlongsideAsync(older.Story.Id, default));
    }

    [Fact]
    public async Task Deleting_a_profile_erases_its_stories_data_and_leaves_other_stories_alone()
    {
        var mine = (await Store.SaveAsync(null, Draft(), default))!;
        var filed = await _world.SeedStoryAsync("A fox who keeps a lighthouse");
        var other = await _world.SeedStoryAsync("An owl who runs a bakery");
        await Store.AddStoryAsync(mine.Id, filed.Story.Id, default);

        Assert.True(await Store.DeleteAsync(mine.Code, default));

        Assert.Null(await Store.FindAsync(mine.Code, default));
        await using var db = await _world.DbAsync();
        Assert.False(await db.Stories.AnyAsync(s => s.Id == filed.Story.Id));
        Assert.False(await db.Scenes.AnyAsync(s => s.StoryId == filed.Story.Id));
        Assert.False(await db.ProfileStories.AnyAsync());
        Assert.All(filed.Files, file => Assert.False(File.Exists(file), file));
        Assert.True(await db.Stories.AnyAsync(s => s.Id == other.Story.Id));
        Assert.False(await Store.DeleteAsync(mine.Code, default));
    }

    [Fact]
    public async Task A_story_erased_on_its_own_leaves_the_profile_and_drops_out_of_its_list()
    {
        var mine = (await Store.SaveAsync(null, Draft(), default))!;
        var filed = await _world.SeedStoryAsync();
        await Store.AddStoryAsync(mine.Id, filed.Story.Id, default);

        await _world.Get<StoryExhibit.Core.Privacy.VisitorDataEraser>().EraseAsync(filed.Story.Id, "visitor", default);

        Assert.NotNull(await Store.FindAsync(mine.Code, default));
        Assert.Empty(await Store.StoriesAsync(mine.Id, default));
    }
}
