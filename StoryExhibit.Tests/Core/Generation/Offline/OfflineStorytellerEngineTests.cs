using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.Offline.Ideas;
using StoryExhibit.Core.Stories;
using static StoryExhibit.Tests.Core.Generation.Offline.StoryPlayer;

namespace StoryExhibit.Tests.Core.Generation.Offline;

public class OfflineStorytellerEngineTests
{
    public static IEnumerable<object[]> Matrix()
    {
        foreach (var genre in Genres.All)
            foreach (var audience in Enum.GetValues<Audience>())
                yield return [genre, audience];
    }

    [Fact]
    public async Task Same_brief_gives_identical_text()
    {
        var seed = Seed(randomSeed: 3);
        var brief = Brief(seed, ["Explore the crystal cave"]);
        Assert.Equal(await Tell(brief), await Tell(brief with { Path = ["Explore the crystal cave"] }));
    }

    [Fact]
    public async Task Whole_story_replays_identically()
    {
        var first = await Play(Seed(randomSeed: 11));
        var again = await Play(Seed(randomSeed: 11));
        Assert.Equal(first.Select(s => s.Text), again.Select(s => s.Text));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task A_new_variant_tells_the_same_position_differently(int sceneNumber)
    {
        var seed = Seed(randomSeed: 5);
        var story = await Play(seed, (_, _) => 0);
        var path = story.Take(sceneNumber - 1).Select(s => s.Choices[0]).ToArray();
        var v0 = await Tell(Brief(seed, path));
        var v1 = await Tell(Brief(seed, path, variant: 1));
        Assert.NotEqual(v0, v1);
        Assert.True(SentenceOverlap(Parse(v0).Prose, Parse(v1).Prose) < 0.5);
    }

    [Fact]
    public async Task A_different_random_seed_makes_a_different_story()
    {
        var a = await Tell(Brief(Seed(randomSeed: 1), []));
        var b = await Tell(Brief(Seed(randomSeed: 2), []));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public async Task Given_characters_place_and_object_stay_the_same_in_every_scene()
    {
        var seed = Seed(randomSeed: 9, length: 6) with
        {
            Characters = ["Odalys", "Tomas the tortoise"], Place = "Lanternfall Harbour", StoryObject = "a brass key",
        };
        var story = await Play(seed);
        Assert.All(story, s => Assert.Contains("Odalys", s.Prose));
        Assert.Contains("Tomas", story[0].Prose);
        Assert.Contains("tortoise", story[0].Prose);
        Assert.True(story.Count(s => s.Prose.Contains("Tomas")) >= story.Count / 2);
        Assert.Contains("Lanternfall Harbour", story[0].Prose);
        Assert.Contains("brass key", story[0].Prose);
        var invented = GenreCatalog.All.SelectMany(k => k.GirlNames.Concat(k.BoyNames).Concat(k.CompanionNames)).ToHashSet();
        foreach (var scene in story)
            Assert.DoesNotContain(Words(scene.Prose), w => invented.Contains(w));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Invented_cast_and_facts_never_change_within_a_story(string genre, Audience audience)
    {
        var seed = Seed(randomSeed: 21, genre: genre, audience: audience, length: 6);
        var world = WorldBuilder.Build(seed);
        var story = await Play(seed);
        var all = string.Join("\n", story.Select(s => s.Prose));
        Assert.All(story, s => Assert.Contains(world.Hero, s.Prose));
        Assert.Contains(world.Companion, story[0].Prose);
        Assert.Contains(world.Trait.Word, story[0].Prose);
        Assert.Contains(world.Foe, all);
        var otherNames = GenreCatalog.All.SelectMany(k => k.GirlNames.Concat(k.BoyNames).Concat(k.CompanionNames))
            .Where(n => n != world.Hero && n != world.Companion).ToHashSet();
        Assert.DoesNotContain(Words(all), w => otherNames.Contains(w));
        var rebuilt = WorldBuilder.Build(seed with { });
        Assert.Equal((world.Hero, world.Companion, world.Trait, world.Place, world.Object, world.Foe, world.Goal, world.Ending),
            (rebuilt.Hero, rebuilt.Companion, rebuilt.Trait, rebuilt.Place, rebuilt.Object, rebuilt.Foe, rebuilt.Goal, rebuilt.Ending));
        Assert.Equal(world.Landmarks, rebuilt.Landmarks);
    }

    [Fact]
    public void The_idea_is_told_not_pasted()
    {
        // What the idea says becomes the story's own material: a goal, an event, an object; never a quoted premise.
        var seed = Seed(prompt: "A penguin who wants to visit the desert");
        var idea = new StoryIdea
        {
            Hero = new IdeaCharacter(null, "penguin", Pronouns.He), Goal = "visit the desert",
            Place = new IdeaPlace("in", "a snowy harbour", Setting.Snow),
        };
        var opening = Parse(SceneComposer.Compose(Brief(seed, []), idea)).Prose;
        Assert.DoesNotContain("a penguin who wants to visit the desert", opening, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a penguin", opening);
        Assert.Contains("visit the desert", opening);
        Assert.Contains("a snowy harbour", opening);
    }

    [Fact]
    public async Task The_genre_shapes_names_and_setting()
    {
        // An idea that names no place leaves the place to the genre.
        const string prompt = "A robot who wants to learn to paint";
        var fantasy = WorldBuilder.Build(Seed(genre: "Fantasy", randomSeed: 4, prompt: prompt));
        var scifi = WorldBuilder.Build(Seed(genre: "Science fiction", randomSeed: 4, prompt: prompt));
        var scifiKit = GenreCatalog.All.Single(k => k.Name == "Science fiction");
        Assert.Contains(scifi.Place, scifiKit.Places);
        Assert.Contains(scifi.Hero, scifiKit.GirlNames.Concat(scifiKit.BoyNames));
        Assert.Contains(scifi.Landmarks[0], scifiKit.Landmarks);
        Assert.NotEqual(fantasy.Place, scifi.Place);
        var text = Parse(await Tell(Brief(Seed(genre: "Science fiction", randomSeed: 4, prompt: prompt), []))).Prose;
        Assert.Contains(scifi.Place, text);
    }

    [Fact]
    public async Task The_next_scene_opens_by_carrying_out_the_choice_and_different_choices_diverge()
    {
        for (var r = 0; r < 20; r++)
        {
            var seed = Seed(randomSeed: r, length: 6, genre: Genres.All[r % Genres.All.Count]);
            var first = Parse(await Tell(Brief(seed, [])));
            var scenes = new List<string>();
            foreach (var choice in first.Choices)
            {
                var next = Parse(await Tell(Brief(seed, [choice]))).Prose;
                var firstParagraph = next.Split("\n\n")[0];
                Assert.Contains(char.ToLowerInvariant(choice[0]) + choice[1..], firstParagraph);
                scenes.Add(next);
            }
            for (var i = 0; i < scenes.Count; i++)
                for (var j = i + 1; j < scenes.Count; j++)
                    Assert.True(SentenceOverlap(scenes[i], scenes[j]) < 0.5, $"seed {r}: choices {i} and {j} lead to similar scenes\n{scenes[i]}\n--\n{scenes[j]}");
        }
    }

    [Theory]
    [InlineData("Sing a lullaby to the sleepy moon", "sing a lullaby to the sleepy moon")]
    [InlineData("I want to build a raft from old umbrellas", "build a raft from old umbrellas")]
    [InlineData("The clouds turn into marshmallows", "the clouds turned into marshmallows")]
    public async Task Free_text_choices_are_woven_in(string freeText, string expected)
    {
        var seed = Seed(randomSeed: 8);
        var scene = Parse(await Tell(Brief(seed, [freeText])));
        // The hero does what the visitor typed, told in the past tense when the idea reader can form it;
        // when the past hides the typed verb ("sang"), the deed is told as begun ("began singing").
        var done = IdeaReader.ReadAction(freeText, WorldBuilder.Build(seed).HeroPronouns);
        var verb = done?.Base.Split(' ')[0];
        var told = done is null ? expected
            : done.Past!.StartsWith(verb!, StringComparison.Ordinal) ? done.Past
            : Verbs.Gerund(verb!) + done.Base[verb!.Length..];
        Assert.Contains(told, scene.Prose.Split("\n\n")[0]);
        Assert.InRange(scene.Choices.Count, 2, 3);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public async Task The_story_follows_an_arc_over_its_planned_length(int length)
    {
        var story = await Play(Seed(randomSeed: length, length: length));
        Assert.Equal(length, story.Count);
        Assert.All(story.Take(length - 1), s => Assert.False(s.IsEnding));
        Assert.True(story[^1].IsEnding);
        Assert.Empty(story[^1].Choices);
        Assert.Equal(ArcStage.Opening, ArcPlanner.StageOf(Brief(Seed(length: length), [])));
        Assert.Equal(ArcStage.Climax, ArcPlanner.StageOf(Brief(Seed(length: length), Enumerable.Repeat("x", length - 2).ToArray())));
        if (length > 3)
            Assert.Equal(ArcStage.Rising, ArcPlanner.StageOf(Brief(Seed(length: length), ["x"])));
    }

    [Fact]
    public async Task FinalScene_ends_the_story_early()
    {
        var scene = Parse(await Tell(Brief(Seed(length: 8), ["Explore the crystal cave"], final: true)));
        Assert.True(scene.IsEnding);
        Assert.EndsWith(SceneFormat.EndMarker + "\n", scene.Text);
    }

    [Theory]
    [InlineData(EndingPreference.Happy, new[] { "happ", "cheer", "laugh", "joy", "celebrat", "glow", "did it", "proud", "best day", "sorry" })]
    [InlineData(EndingPreference.Bittersweet, new[] { "goodbye", "miss", "tear", "sorrow", "sad", "bittersweet", "ache", "pity", "sorry", "cried", "changed", "remember", "last" })]
    [InlineData(EndingPreference.Twist, new[] { "all along", "turned out", "guess", "secret", "surprise", "seemed", "truth" })]
    [InlineData(EndingPreference.Open, new[] { "?", "perhaps", "maybe", "another day", "next", "continued", "went on", "carried on" })]
    public async Task The_ending_honours_the_preference(EndingPreference ending, string[] markers)
    {
        for (var r = 0; r < 12; r++)
        {
            var story = await Play(Seed(randomSeed: r, ending: ending, length: 3, audience: (Audience)(r % 3)));
            var final = story[^1].Prose.Split("\n\n", 2)[1];
            Assert.True(markers.Count(m => final.Contains(m, StringComparison.OrdinalIgnoreCase)) >= 2, $"seed {r}: {final}");
        }
    }

    [Fact]
    public void Surprise_picks_a_concrete_ending_deterministically()
    {
        var endings = Enumerable.Range(0, 40)
            .Select(r => WorldBuilder.Build(Seed(randomSeed: r, ending: EndingPreference.Surprise)).Ending).ToList();
        Assert.DoesNotContain(EndingPreference.Surprise, endings);
        Assert.True(endings.Distinct().Count() >= 3);
        Assert.Equal(endings, Enumerable.Range(0, 40)
            .Select(r => WorldBuilder.Build(Seed(randomSeed: r, ending: EndingPreference.Surprise)).Ending));
    }

    [Fact]
    public async Task Audience_sets_sentence_length_and_word_length()
    {
        // Long words (8+ letters) mark the richer vocabulary; names and genre details are shared by all audiences.
        var stats = new Dictionary<Audience, (double WordsPerSentence, double LongWords)>();
        foreach (var audience in Enum.GetValues<Audience>())
        {
            var prose = new List<string>();
            for (var r = 0; r < 16; r++)
                prose.AddRange((await Play(Seed(randomSeed: r, audience: audience, genre: Genres.All[r % 8]))).Select(s => s.Prose));
            var sentences = prose.SelectMany(Sentences).ToList();
            var words = prose.SelectMany(Words).ToList();
            stats[audience] = (sentences.Average(s => Words(s).Length), words.Count(w => w.Length >= 8) / (double)words.Count);
        }
        Assert.True(stats[Audience.Children].WordsPerSentence + 2 < stats[Audience.Teens].WordsPerSentence, Describe(stats));
        Assert.True(stats[Audience.Teens].WordsPerSentence + 2 < stats[Audience.Adults].WordsPerSentence, Describe(stats));
        Assert.True(stats[Audience.Children].LongWords + 0.015 < stats[Audience.Adults].LongWords, Describe(stats));
        Assert.True(stats[Audience.Children].WordsPerSentence < 10, Describe(stats));
    }

    private static string Describe(Dictionary<Audience, (double, double)> stats) =>
        string.Join("; ", stats.Select(kv => $"{kv.Key}: {kv.Value.Item1:F1} words/sentence, {kv.Value.Item2:P1} long words"));

    [Fact]
    public async Task Gentle_stories_contain_no_frightening_words()
    {
        foreach (var (genre, audience) in Matrix().Select(m => ((string)m[0], (Audience)m[1])))
            for (var r = 0; r < 4; r++)
            {
                var seed = Seed(randomSeed: r, genre: genre, audience: audience, rating: ContentRating.Gentle, length: 5);
                foreach (var scene in await Play(seed))
                {
                    var bad = Words(scene.Text).Where(w => ContentGuard.FrighteningWords.Contains(w.ToLowerInvariant())).ToList();
                    Assert.True(bad.Count == 0, $"{genre}/{audience}/{r}: {string.Join(", ", bad)}\n{scene.Text}");
                }
            }
    }

    [Fact]
    public async Task Thrilling_stories_may_bring_peril()
    {
        var found = 0;
        for (var r = 0; r < 16; r++)
        {
            var story = await Play(Seed(randomSeed: r, genre: Genres.All[r % 8], rating: ContentRating.Thrilling));
            if (story.Any(s => Words(s.Text).Any(w => ContentGuard.FrighteningWords.Contains(w.ToLowerInvariant())))) found++;
        }
        Assert.True(found >= 8, $"only {found} of 16 thrilling stories had any peril");
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Choices_are_two_or_three_short_and_distinct(string genre, Audience audience)
    {
        for (var r = 0; r < 5; r++)
            foreach (var scene in (await Play(Seed(randomSeed: r, genre: genre, audience: audience, length: 6))).Where(s => !s.IsEnding))
            {
                Assert.InRange(scene.Choices.Count, 2, 3);
                Assert.Equal(scene.Choices.Count, scene.Choices.Distinct(StringComparer.OrdinalIgnoreCase).Count());
                Assert.All(scene.Choices, c => Assert.InRange(Words(c).Length, 2, 9));
                Assert.Equal(scene.Choices.Count, scene.Choices.Select(c => PathReplayer.Classify(c).Kind).Distinct().Count());
            }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task No_sentence_repeats_within_a_story(string genre, Audience audience)
    {
        foreach (var length in new[] { 3, 6 })
            for (var r = 0; r < 12; r++)
            {
                var seed = Seed(randomSeed: r * 31 + length, genre: genre, audience: audience, length: length,
                    rating: (ContentRating)(r % 3), ending: (EndingPreference)(r % 5));
                var story = await Play(seed, (n, count) => (n + r) % count);
                var sentences = story.SelectMany(s => Sentences(s.Prose)).ToList();
                var repeated = sentences.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
                Assert.True(repeated.Count == 0, $"seed {r}, length {length}: {string.Join(" | ", repeated)}");
            }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Scenes_are_of_museum_length_and_in_scene_format(string genre, Audience audience)
    {
        for (var r = 0; r < 6; r++)
            foreach (var scene in await Play(Seed(randomSeed: r, genre: genre, audience: audience, length: 5)))
            {
                Assert.InRange(Words(scene.Prose).Length, 80, 190);
                Assert.DoesNotContain("\n\n\n", scene.Text);
                Assert.InRange(scene.Prose.Split("\n\n").Length, 2, 4);
            }
    }

    private static double SentenceOverlap(string a, string b)
    {
        var sa = Sentences(a).ToHashSet();
        var sb = Sentences(b).ToList();
        return sb.Count(sa.Contains) / (double)Math.Max(1, Math.Min(sa.Count, sb.Count));
    }
}
