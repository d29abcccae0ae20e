using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.Offline.Ideas;
using StoryExhibit.Core.Stories;
using static StoryExhibit.Tests.Core.Generation.Offline.StoryPlayer;

namespace StoryExhibit.Tests.Core.Generation.Offline;

/// <summary>The story told from the visitor's idea, whatever reading of it the idea reader gives.</summary>
public class OfflineIdeaStoryTests
{
    private const string Prompt = "A lighthouse keeper's daughter finds a message in a bottle that glows at night";

    private static readonly StoryIdea Lighthouse = new()
    {
        Hero = new IdeaCharacter(null, "lighthouse keeper's daughter", Pronouns.She),
        Place = new IdeaPlace("in", "an old lighthouse", Setting.Coast),
        Object = new IdeaThing("message in a bottle", "glows at night"),
        Goal = "find out who sent the message",
        Event = new IdeaAction("find a message in a bottle", "found a message in a bottle", "finding a message in a bottle", "finds a message in a bottle"),
    };

    private static PlayedScene Scene(StorySeed seed, StoryIdea idea, params string[] path) =>
        Parse(SceneComposer.Compose(Brief(seed, path), idea));

    [Theory]
    [InlineData(Audience.Children)]
    [InlineData(Audience.Adults)]
    public void The_first_scene_names_the_ideas_hero_place_and_object(Audience audience)
    {
        for (var r = 0; r < 8; r++)
        {
            var seed = Seed(randomSeed: r, prompt: Prompt, genre: Genres.All[r % 8], audience: audience);
            var prose = Scene(seed, Lighthouse).Prose;
            Assert.Contains("lighthouse keeper's daughter", prose);
            Assert.Contains("an old lighthouse", prose, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("message in a bottle", prose);
            Assert.Contains("find out who sent the message", prose);
            Assert.DoesNotContain(Prompt, prose, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_heros_full_name_gives_way_to_short_names_and_pronouns()
    {
        var idea = Lighthouse with { Hero = new IdeaCharacter("Captain Ada Reyes", "ship's captain", Pronouns.She) { ShortName = "Ada" } };
        var seed = Seed(randomSeed: 3, prompt: Prompt, length: 5);
        var path = new List<string>();
        var prose = new List<string>();
        for (var n = 1; n <= 5; n++)
        {
            var scene = Scene(seed, idea, [.. path]);
            prose.Add(scene.Prose);
            if (scene.IsEnding) break;
            path.Add(scene.Choices[0]);
        }
        var all = string.Join("\n", prose);
        Assert.Contains("Captain Ada Reyes", prose[0]);
        Assert.True(Count(all, "Captain Ada Reyes") <= 1, all);
        Assert.DoesNotContain("Ada Reyes’s", all);
        Assert.True(Count(all, "She ") + Count(all, "she ") + Count(all, " her ") > 3, all);
    }

    [Fact]
    public void A_visitors_own_choice_is_done_by_the_hero_not_quoted()
    {
        var seed = Seed(randomSeed: 5, prompt: Prompt);
        var scene = Scene(seed, Lighthouse, "She opens the bottle and reads the glowing message out loud");
        var first = scene.Prose.Split("\n\n")[0];
        var action = IdeaReader.ReadAction("She opens the bottle and reads the glowing message out loud", Pronouns.She);
        Assert.Contains(action?.Past ?? "open the bottle and read the glowing message out loud", first);
        Assert.DoesNotContain("“", first);
        Assert.InRange(scene.Choices.Count, 2, 3);
    }

    [Fact]
    public void Sibling_scenes_share_few_sentences()
    {
        var shares = new List<double>();
        for (var r = 0; r < 24; r++)
        {
            var seed = Seed(randomSeed: r, genre: Genres.All[r % 8], audience: (Audience)(r % 3), length: 5 + r % 2);
            var first = Parse(SceneComposer.Compose(Brief(seed, [])));
            var siblings = first.Choices.Select(c => Sentences(Parse(SceneComposer.Compose(Brief(seed, [c]))).Prose).ToHashSet()).ToList();
            for (var i = 0; i < siblings.Count; i++)
                for (var j = i + 1; j < siblings.Count; j++)
                    shares.Add(siblings[i].Intersect(siblings[j]).Count() / (double)Math.Min(siblings[i].Count, siblings[j].Count));
        }
        Assert.True(shares.Average() <= 0.10, $"average share {shares.Average():P0}");
        Assert.True(shares.Max() <= 0.40, $"largest share {shares.Max():P0}");
    }

    [Fact]
    public void Imagery_comes_from_the_place_so_a_starship_has_no_birdsong_or_drizzle()
    {
        var idea = Lighthouse with { Place = new IdeaPlace("aboard", "a generation ship", Setting.Spaceship) };
        string[] earthly = ["bird", "blackbird", "drizzle", "owl", "leaves", "grass", "butterfly", "frog", "gulls", "cobbles", "moss"];
        for (var r = 0; r < 12; r++)
        {
            var seed = Seed(randomSeed: r, genre: Genres.All[r % 8], audience: Audience.Adults, length: 4);
            var path = new List<string>();
            for (var n = 1; n <= 4; n++)
            {
                var scene = Scene(seed, idea, [.. path]);
                var words = Words(scene.Prose).Select(w => w.ToLowerInvariant()).ToHashSet();
                Assert.True(!earthly.Any(words.Contains), $"{seed.Genre}: {scene.Prose}");
                if (scene.IsEnding) break;
                path.Add(scene.Choices[^1]);
            }
        }
    }

    [Fact]
    public void A_jealous_queen_has_her_own_plans()
    {
        for (var r = 0; r < 40; r++)
        {
            var seed = Seed(randomSeed: r, genre: "Fairy tale", rating: ContentRating.Mild);
            var world = WorldBuilder.Build(seed);
            var prose = Parse(SceneComposer.Compose(Brief(seed, []))).Prose;
            if (world.Foe.EndsWith("queen")) Assert.DoesNotContain("its own", prose);
        }
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
