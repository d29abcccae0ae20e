using Microsoft.Extensions.AI;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Music.Mood;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Generation.Music;

/// <summary>The offline mood reader on scene snippets labelled by hand, one or more per mood.</summary>
public sealed class SceneMoodReaderTests
{
    public static TheoryData<string, MusicMood> Labelled => new()
    {
        { "The meadow was quiet. A soft breeze drifted over the sleepy sheep, and Pip yawned and curled up for a nap in the warm grass.", MusicMood.Calm },
        { "The lake lay still and peaceful under the evening sky. Everyone rested, content, as the stars came out one by one.", MusicMood.Calm },
        { "Everyone laughed and cheered! The whole village danced in the sunshine, and Mira hugged her friends with a happy grin.", MusicMood.Joyful },
        { "It was the most wonderful birthday feast. Balloons, songs and smiles everywhere, and a rainbow cake that sparkled.", MusicMood.Joyful },
        { "The puppy bounced after the ball, tumbled into a puddle with a splash and wiggled out, giggling at the silly game.", MusicMood.Playful },
        { "Tom played a trick on his sister: he hopped and skipped behind the sofa for hide-and-seek, and she tickled him until he squeaked.", MusicMood.Playful },
        { "Behind the old door lay a hidden map with strange runes. What secret did the ancient riddle keep? The mist began to glow.", MusicMood.Mysterious },
        { "A curious clue lay in the forgotten cave: a key that shimmered with magic, and a path nobody had discovered.", MusicMood.Mysterious },
        { "Run! The storm crashed overhead and the dragon roared. They raced for the bridge as the rocks began falling, hearts pounding in panic.", MusicMood.Tense },
        { "The trap snapped shut behind them. Danger everywhere: the guards rushed in, and they had to escape fast before the alarm rang.", MusicMood.Tense },
        { "Leo sat alone in the grey rain. He missed his grandmother so much that tears rolled down his cheeks, and he cried quietly.", MusicMood.Sad },
        { "It was time to say goodbye. The little boat was gone, and the empty harbour felt lonely and full of sorrow.", MusicMood.Sad },
        { "At last the hero lifted the crown! The brave knights cheered their champion: they had won, and the kingdom was saved.", MusicMood.Triumphant },
        { "With great courage they climbed to the summit and planted the banner in triumph. Victory was theirs; the trumpets sang.", MusicMood.Triumphant },
        { "In the haunted house a ghost moaned. Shadows crept along the cobwebbed walls, and a cold, eerie whisper made her shiver.", MusicMood.Eerie },
        { "At midnight the graveyard was dark and silent. Something lurked behind the hollow tree, and bones creaked in the gloom.", MusicMood.Eerie },
    };

    [Theory]
    [MemberData(nameof(Labelled))]
    public void A_labelled_scene_reads_as_its_mood(string scene, MusicMood expected) => Assert.Equal(expected, SceneMoodReader.Read(scene));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("The table had four legs and a drawer.")]
    public void A_scene_without_mood_words_is_calm(string? scene) => Assert.Equal(MusicMood.Calm, SceneMoodReader.Read(scene));

    [Fact]
    public void Short_stems_count_only_as_whole_words()
    {
        // "saddle" is not "sad", "wonderful" is not "won", "mapleleaf" not "map".
        var scores = SceneMoodReader.Scores("The saddle on the mapleleaf horse");
        Assert.Equal(0, scores[MusicMood.Sad]);
        Assert.Equal(0, scores[MusicMood.Mysterious]);
        Assert.True(SceneMoodReader.Scores("She was sad and sadly waved")[MusicMood.Sad] >= 2);
    }

    [Fact]
    public async Task Scene_moods_wait_for_a_finished_scene_and_keep_its_mood()
    {
        var moods = new SceneMoods();
        var scene = new Scene { Prose = "The ghost moaned in the dark haunted hall.", State = SceneState.Writing };
        Assert.Null(await moods.OfAsync(scene, default));
        scene.State = SceneState.Complete;
        Assert.Equal(MusicMood.Eerie, await moods.OfAsync(scene, default));
        scene.Prose = "Everyone laughed and danced, happy at last.";
        Assert.Equal(MusicMood.Eerie, await moods.OfAsync(scene, default));
        Assert.Null(await moods.OfAsync(null, default));
    }

    /// <summary>A model that answers with the text given, or fails.</summary>
    private sealed class ScriptedModel(string? answer) : IChatClient
    {
        public int Calls { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return answer is null ? throw new GenerationException("test", "The model is down.") : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose() { }
    }

    [Theory]
    [InlineData("Tense.", MusicMood.Tense)]
    [InlineData("  mysterious", MusicMood.Mysterious)]
    [InlineData("I think it feels cosy", MusicMood.Calm)]   // not a mood word: the lexicon decides (no mood words here either)
    [InlineData(null, MusicMood.Calm)]                      // the model failed: the lexicon decides
    public async Task With_a_model_its_one_word_opinion_counts_and_anything_else_falls_back_offline(string? answer, MusicMood expected)
    {
        var model = new ScriptedModel(answer);
        var moods = new SceneMoods(() => new ModelMoodReader(model));
        var scene = new Scene { Prose = "The table had four legs and a drawer.", State = SceneState.Complete };
        Assert.Equal(expected, await moods.OfAsync(scene, default));
        Assert.Equal(1, model.Calls);
    }

    [Fact]
    public async Task Offline_the_model_is_not_asked()
    {
        var model = new ScriptedModel("Tense");
        var useModel = false;
        var moods = new SceneMoods(() => useModel ? new ModelMoodReader(model) : null);
        Assert.Equal(MusicMood.Eerie, await moods.OfAsync(new Scene { Prose = "A ghost in the dark crypt.", State = SceneState.Complete }, default));
        Assert.Equal(0, model.Calls);
        useModel = true;
        Assert.Equal(MusicMood.Tense, await moods.OfAsync(new Scene { Prose = "A ghost in the dark crypt.", State = SceneState.Complete }, default));
    }
}
