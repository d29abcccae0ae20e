using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Ask;
using StoryExhibit.Core.Ask.Research;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Components;

namespace StoryExhibit.Tests.Core.Ask;

/// <summary>The chat's view model on the real services (offline storyteller and illustrator, offline moderation), with fakes for songs and research.</summary>
public sealed class AskSessionTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IServiceScope _scope;

    public AskSessionTests() : this(null) { }

    private AskSessionTests(Action<IServiceCollection>? extra)
    {
        var services = new ServiceCollection().AddStorySessionForTests();
        extra?.Invoke(services);
        _services = services.BuildServiceProvider();
        _scope = _services.CreateScope();
    }

    private static AskSession Session(AskSessionTests host, TimeSpan? pace = null)
    {
        var session = host._scope.ServiceProvider.GetRequiredService<AskSession>();
        session.WordPace = pace ?? TimeSpan.Zero;
        return session;
    }

    public static (Story Story, List<Scene> Path) FoxStory(Audience audience = Audience.Children, ContentRating rating = ContentRating.Gentle)
    {
        var story = new Story
        {
            Title = "Mira and the Lost Spring", SessionCode = "OTTER-LANTERN-MANGO-48213",
            Seed = new StorySeed { Prompt = "a fox looking for a lost spring", Genre = "Fantasy", Characters = ["Mira the fox", "Old Owl"], Place = "the Whispering Woods", Audience = audience, Rating = rating },
        };
        var first = new Scene { StoryId = story.Id, Number = 1, State = SceneState.Complete, Prose = "Mira the fox lived at the edge of the Whispering Woods. One morning the spring she drank from was gone." };
        var second = new Scene { StoryId = story.Id, Number = 2, ParentId = first.Id, State = SceneState.Complete,
            Prose = "Thunder rolled over the hills. The fox ran away into the hollow oak because the thunder frightened her. Old Owl blinked at her kindly." };
        story.Scenes = [first, second];
        return (story, [first, second]);
    }

    [Fact]
    public async Task A_question_about_the_story_is_answered_from_its_scenes_word_by_word()
    {
        var ask = Session(this);
        var (story, path) = FoxStory();
        ask.UseStory(story, path);
        var renders = 0;
        ask.ReplyChanged += () => renders++;

        Assert.True(await ask.SendAsync("why did the fox run away?"));
        await ask.Running;

        var exchange = Assert.Single(ask.Exchanges);
        Assert.Equal(AskIntent.StoryQuestion, exchange.Route!.Intent);
        Assert.Equal(AskReplyState.Done, exchange.State);
        Assert.Contains("because the thunder frightened her", exchange.Reply);
        Assert.Contains("scene 2", exchange.Reply);
        Assert.NotNull(exchange.FirstWordAfter);
        Assert.True(renders >= 1);
    }

    [Fact]
    public async Task Without_the_story_saying_so_the_answer_says_it_does_not_know()
    {
        var ask = Session(this);
        var (story, path) = FoxStory();
        ask.UseStory(story, path);
        await ask.SendAsync("who took the purple umbrella?");
        await ask.Running;
        Assert.Contains("hasn't told us that yet", ask.Exchanges[0].Reply);
    }

    [Fact]
    public async Task A_refused_request_is_not_sent_and_the_kind_message_is_given()
    {
        var ask = Session(this);
        var (story, path) = FoxStory();
        ask.UseStory(story, path);
        Assert.False(await ask.SendAsync("draw the fox covered in blood and guts, kill them all"));
        Assert.Empty(ask.Exchanges);
        Assert.NotNull(ask.Refusal);
        Assert.Contains("gentle", ask.Refusal, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stop_keeps_the_words_already_given()
    {
        var ask = Session(this, pace: TimeSpan.FromMilliseconds(150));
        var firstWords = new TaskCompletionSource();
        ask.ReplyChanged += () => firstWords.TrySetResult();
        await ask.SendAsync("order a pizza");
        await firstWords.Task.WaitAsync(TimeSpan.FromSeconds(10));
        ask.Stop();
        await ask.Running;

        var exchange = ask.Exchanges[0];
        Assert.Equal(AskReplyState.Stopped, exchange.State);
        Assert.NotEmpty(exchange.Reply);
        Assert.StartsWith(exchange.Reply, AskReplies.WhatICanDo);
        Assert.True(exchange.Reply.Length < AskReplies.WhatICanDo.Length);
        Assert.False(ask.IsBusy);
    }

    [Fact]
    public async Task A_story_request_becomes_a_choice_taken_through_the_story_page()
    {
        var ask = Session(this);
        var (story, path) = FoxStory();
        ask.UseStory(story, path);
        string? taken = null;
        ask.TakePath = choice => { taken = choice; return Task.FromResult<string?>(null); };

        await ask.SendAsync("what if the fox could fly?");
        await ask.Running;
        var exchange = ask.Exchanges[0];
        Assert.Equal("What if the fox could fly?", exchange.Choice);
        Assert.Contains("Take this path", exchange.Reply);

        await ask.TakePathAsync(exchange);
        Assert.Equal("What if the fox could fly?", taken);
        Assert.True(exchange.ChoiceTaken);
    }

    [Fact]
    public async Task A_picture_is_painted_in_the_story_style_and_kept_to_be_served()
    {
        var ask = Session(this);
        var (story, path) = FoxStory();
        ask.UseStory(story, path);
        await ask.SendAsync("draw Mira at the hollow oak at night");
        await ask.Running;

        var picture = ask.Exchanges[0].Picture;
        Assert.NotNull(picture);
        var image = _scope.ServiceProvider.GetRequiredService<AskPictures>().Find(picture.Id);
        Assert.NotNull(image);
        Assert.NotEmpty(image.Bytes);
        Assert.Equal(image.MediaType, picture.MediaType);
        Assert.Contains("Mira at the hollow oak at night", ask.Exchanges[0].Reply);
    }

    [Fact]
    public async Task A_song_shows_its_progress_title_and_audio_and_research_streams_its_fragments()
    {
        using var host = new AskSessionTests(services => services
            .AddSingleton<ISongMaker, FakeSongs>().AddSingleton<IResearchAnswerer, FakeResearch>());
        var ask = Session(host);
        var (story, path) = FoxStory(Audience.Teens, ContentRating.Mild);
        ask.UseStory(story, path);

        await ask.SendAsync("sing a lullaby for Mira");
        await ask.Running;
        var song = ask.Exchanges[0];
        Assert.Equal(["Writing the words", "Singing"], song.Progress);
        Assert.Equal("/songs/1", song.Song!.AudioUrl);
        Assert.Contains("Moon over the oak", song.Reply);
        Assert.Equal(new SongRequest("sing a lullaby for Mira", story.Id), FakeSongs.Last);

        await ask.SendAsync("how far away is the moon?");
        await ask.Running;
        Assert.Equal("About 384,000 km away.", ask.Exchanges[1].Reply);
        Assert.Equal(new ResearchQuestion("how far away is the moon?", Audience.Teens, ContentRating.Mild), FakeResearch.Last);
    }

    [Fact]
    public async Task The_history_keeps_the_most_recent_exchanges()
    {
        var ask = Session(this);
        for (var i = 0; i < AskSession.MaxExchanges + 3; i++)
        {
            await ask.SendAsync($"hello {i}");
            await ask.Running;
        }
        Assert.Equal(AskSession.MaxExchanges, ask.Exchanges.Count);
        Assert.Equal($"hello {AskSession.MaxExchanges + 2}", ask.Exchanges[^1].Request);
        Assert.Equal("hello 3", ask.Exchanges[0].Request);
    }

    private sealed class FakeSongs : ISongMaker
    {
        public static SongRequest? Last;

        public Task<Song> MakeAsync(SongRequest request, IProgress<string>? progress, CancellationToken ct)
        {
            Last = request;
            progress?.Report("Writing the words");
            progress?.Report("Singing");
            return Task.FromResult(new Song(Guid.NewGuid(), "Moon over the oak", "Hush now, little fox", "/songs/1"));
        }
    }

    private sealed class FakeResearch : IResearchAnswerer
    {
        public static ResearchQuestion? Last;

        public async IAsyncEnumerable<string> AnswerAsync(ResearchQuestion question, [EnumeratorCancellation] CancellationToken ct)
        {
            Last = question;
            foreach (var part in new[] { "About ", "384,000 km", " away." })
            {
                await Task.Yield();
                yield return part;
            }
        }
    }

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
    }
}
