using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Stories;
using StoryExhibit.Web.Components.Pages;
using StoryExhibit.Web.Components.Story;
using StoryExhibit.Web.Stories;

namespace StoryExhibit.Tests.Components.Story;

/// <summary>The staff's switches as a visitor sees them.</summary>
public sealed class ExhibitSwitchesTests : ComponentTestContext
{
    private readonly ExhibitOptions _exhibit = new();

    public ExhibitSwitchesTests()
    {
        Services.AddStorySessionForTests();
        Services.Configure<ExhibitOptions>(o =>
        {
            o.Features = _exhibit.Features;
            o.Content = _exhibit.Content;
        });
    }

    [Fact]
    public void Without_custom_choices_there_is_no_something_else()
    {
        var scenes = TreeSamples.Branching(out _, out var left, out _);
        Assert.Contains("Something else", Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(scenes, left.Id))).Markup);

        _exhibit.Features.CustomChoices = false;
        var cut = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(scenes, left.Id)));

        Assert.DoesNotContain("Something else", cut.Markup);
        Assert.Empty(cut.FindAll("form.own-choice"));
        Assert.Equal(2, cut.FindAll("button.choice").Count); // the storyteller's choices remain
    }

    [Fact]
    public async Task Without_custom_choices_a_visitors_own_choice_is_refused_even_if_sent()
    {
        _exhibit.Features.CustomChoices = false;
        var session = Services.GetRequiredService<StorySession>();
        await session.ChooseOwnAsync(Guid.NewGuid(), "The dragon sings");
        Assert.Contains("switched off", session.Problem);
        Assert.False(session.IsWriting);
    }

    [Fact]
    public void Without_branching_the_tree_shows_the_path_but_offers_no_way_back()
    {
        _exhibit.Features.Branching = false;
        var story = TreeSamples.Branching(out _, out _, out var right);
        var cut = Render<StoryTreeView>(p => p.Add(c => c.Tree, new StoryTree(story, right.Id)));

        Assert.Empty(cut.FindAll("button.node"));
        Assert.Equal(3, cut.FindAll(".node.fixed").Count);
        Assert.Contains("Go right", cut.Markup);
    }

    [Fact]
    public void The_start_page_offers_only_what_staff_allow()
    {
        _exhibit.Content.RatingCeiling = ContentRating.Mild;
        _exhibit.Content.Audiences = [Audience.Children, Audience.Teens];
        var cut = Render<Home>();

        var choices = cut.FindAll(".choice-bar .mud-toggle-item").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("A little scary", choices);
        Assert.Contains("Gentle", choices);
        Assert.DoesNotContain("Thrilling", choices);
        Assert.Contains("Children", choices);
        Assert.DoesNotContain("Adults", choices);
    }

    [Fact]
    public void Without_illustrations_no_picture_is_shown()
    {
        var session = Services.GetRequiredService<StorySession>();
        var scene = new Scene { Prose = "Once." };
        Assert.True(session.IllustrationsShown);
        _exhibit.Features.Illustrations = false;
        Assert.False(session.IllustrationsShown);
        Assert.Null(session.PictureFor(scene));
    }
}
