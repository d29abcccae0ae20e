using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Profiles;
using StoryExhibit.Web.Components.Profiles;

namespace StoryExhibit.Tests.Components.Profiles;

/// <summary>The profile form and the list of a profile's stories, on a real (throwaway) database.</summary>
public sealed class ProfileComponentsTests : ComponentTestContext
{
    public ProfileComponentsTests() => Services.AddStorySessionForTests();

    public override async Task InitializeAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    [Fact]
    public async Task The_form_saves_a_profile_with_the_name_picture_and_genres_chosen()
    {
        (VisitorProfile Profile, bool Remember)? saved = null;
        var cut = Render<ProfileForm>(p => p.Add(c => c.Saved, (ValueTuple<VisitorProfile, bool> s) => saved = s));

        cut.Find("#profile-name").Input("Mira");
        cut.FindAll(".avatar-choices .mud-toggle-item")[2].Click();
        cut.FindAll(".mud-chip").First(c => c.TextContent.Contains("Mystery")).Click();
        await cut.InvokeAsync(() => cut.FindAll("button").First(b => b.TextContent.Contains("Save my profile")).Click());

        cut.WaitForAssertion(() => Assert.NotNull(saved));
        Assert.Equal(("Mira", ProfileAvatars.All[2]), (saved!.Value.Profile.Name, saved.Value.Profile.Avatar));
        Assert.Equal(["Mystery"], saved.Value.Profile.Genres);
        Assert.True(saved.Value.Remember);
        Assert.NotNull(await Services.GetRequiredService<ProfileStore>().FindAsync(saved.Value.Profile.Code, default));
    }

    [Fact]
    public async Task A_name_that_does_not_fit_is_refused_beside_its_box_and_nothing_is_saved()
    {
        var called = false;
        var cut = Render<ProfileForm>(p => p.Add(c => c.Saved, (ValueTuple<VisitorProfile, bool> _) => called = true));

        cut.Find("#profile-name").Input("Stabs with a knife, blood everywhere");
        await cut.InvokeAsync(() => cut.FindAll("button").First(b => b.TextContent.Contains("Save my profile")).Click());

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#profile-name-error")));
        Assert.False(called);
        await using var db = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Profiles.CountAsync());
    }

    [Fact]
    public void The_list_offers_to_pick_up_the_latest_unfinished_story_and_to_read_finished_ones_again()
    {
        var now = DateTime.UtcNow;
        ProfileStorySummary[] stories =
        [
            new("OTTER-LANTERN-MANGO-48213", "The echo keeper", "Mystery", 4, true, now),
            new("FOX-LANTERN-MANGO-12345", "A moon garden", "Science fiction", 2, false, now.AddHours(-1)),
            new("OWL-LANTERN-MANGO-23456", "", "Fantasy", 1, false, now.AddHours(-2)),
        ];
        var cut = Render<ProfileStoryList>(p => p.Add(c => c.Stories, stories));

        var links = cut.FindAll("li.profile-story a");
        Assert.Equal(["Read again", "Pick up where you left off", "Carry on"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal("/story/FOX-LANTERN-MANGO-12345", links[1].GetAttribute("href"));
        Assert.Contains("Untitled story", cut.FindAll("li.profile-story")[2].TextContent);

        Assert.Contains("No stories yet", Render<ProfileStoryList>(p => p.Add(c => c.Stories, [])).Markup);
    }
}
