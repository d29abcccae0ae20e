using System.Runtime.CompilerServices;
using System.Threading.Channels;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Narration;

namespace StoryExhibit.Tests.Core.Narration;

/// <summary>A synthesizer whose per-sentence delay and failure the test controls; it records concurrency.</summary>
internal sealed class FakeSynthesizer : ISpeechSynthesizer
{
    private int _running;
    public int MaxConcurrent;
    public int Started;
    public int Cancelled;
    public Func<string, TimeSpan> Delay { get; set; } = _ => TimeSpan.FromMilliseconds(20);
    public Func<string, bool> Fails { get; set; } = _ => false;
    public List<SpeechRequest> Requests { get; } = [];
    public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "fake";

    public async Task<SpeechAudio> SynthesizeAsync(SpeechRequest request, CancellationToken ct)
    {
        lock (Requests) Requests.Add(request);
        Interlocked.Increment(ref Started);
        FirstStarted.TrySetResult();
        var now = Interlocked.Increment(ref _running);
        lock (Requests) MaxConcurrent = Math.Max(MaxConcurrent, now);
        try
        {
            await Task.Delay(Delay(request.Text), ct);
            if (Fails(request.Text)) throw new GenerationException("fake", "The voice caught a cold.");
            return new SpeechAudio(System.Text.Encoding.UTF8.GetBytes(request.Text), "audio/x-test", TimeSpan.FromSeconds(1));
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref Cancelled);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SpeechVoice>>([new SpeechVoice("fake", "Fake")]);
}

public sealed class NarrationPipelineTests
{
    private static readonly string[] Sentences = Enumerable.Range(1, 8).Select(i => $"This is sentence number {i} of the tale.").ToArray();
    private static string Prose => string.Join(" ", Sentences);

    private static async IAsyncEnumerable<string> Tokens(string text, int delayMs = 0, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var token in System.Text.RegularExpressions.Regex.Split(text, @"(?<=\s)").Where(t => t.Length > 0))
        {
            if (delayMs > 0) await Task.Delay(delayMs, ct);
            else await Task.Yield();
            yield return token;
        }
    }

    private static async Task<List<NarrationChunk>> All(IAsyncEnumerable<NarrationChunk> chunks)
    {
        var list = new List<NarrationChunk>();
        await foreach (var c in chunks) list.Add(c);
        return list;
    }

    [Fact]
    public async Task Chunks_come_in_sentence_order_even_when_later_sentences_finish_first()
    {
        // Early sentences are slow, later ones fast: completion order is reversed, delivery must not be.
        var fake = new FakeSynthesizer { Delay = t => TimeSpan.FromMilliseconds(t.Contains(" 1 ") ? 300 : t.Contains(" 2 ") ? 200 : 10) };
        var pipeline = new NarrationPipeline(fake.SynthesizeAsync, new NarrationSettings(MaxParallel: 3));
        var chunks = await All(pipeline.NarrateAsync(Tokens(Prose)));

        Assert.Equal(Enumerable.Range(0, 8), chunks.Select(c => c.Index));
        Assert.Equal(Sentences, chunks.Select(c => c.Sentence));
        Assert.All(chunks, c => Assert.Equal(c.Sentence, System.Text.Encoding.UTF8.GetString(c.Audio!.Bytes)));
        Assert.All(chunks, c => Assert.Null(c.Error));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Parallelism_is_bounded_by_MaxParallel(int maxParallel)
    {
        var fake = new FakeSynthesizer { Delay = _ => TimeSpan.FromMilliseconds(60) };
        var pipeline = new NarrationPipeline(fake.SynthesizeAsync, new NarrationSettings(MaxParallel: maxParallel));
        var chunks = await All(pipeline.NarrateTextAsync(Prose));
        Assert.Equal(8, chunks.Count);
        Assert.Equal(maxParallel, fake.MaxConcurrent);
    }

    [Fact]
    public async Task Synthesis_starts_before_the_text_stream_ends()
    {
        var fake = new FakeSynthesizer();
        var text = Channel.CreateUnbounded<string>();
        var pipeline = new NarrationPipeline(fake.SynthesizeAsync);
        var narration = All(pipeline.NarrateAsync(text.Reader.ReadAllAsync()));

        await text.Writer.WriteAsync("The first sentence is here. ");
        await text.Writer.WriteAsync("The second one begins");
        // The stream is still open, yet the first sentence is being spoken.
        await fake.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("The first sentence is here.", fake.Requests[0].Text);
        Assert.False(narration.IsCompleted);

        await text.Writer.WriteAsync(" and ends.");
        text.Writer.Complete();
        var chunks = await narration.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["The first sentence is here.", "The second one begins and ends."], chunks.Select(c => c.Sentence));
    }

    [Fact]
    public async Task A_failed_sentence_carries_an_error_and_the_rest_goes_on()
    {
        var fake = new FakeSynthesizer { Fails = t => t.Contains(" 3 ") };
        var pipeline = new NarrationPipeline(fake.SynthesizeAsync);
        var chunks = await All(pipeline.NarrateTextAsync(Prose));

        Assert.Equal(8, chunks.Count);
        var failed = chunks[2];
        Assert.Null(failed.Audio);
        Assert.Equal("The voice caught a cold.", failed.Error);
        Assert.All(chunks.Where(c => c.Index != 2), c => Assert.NotNull(c.Audio));
    }

    [Fact]
    public async Task Cancellation_stops_synthesis_promptly()
    {
        var fake = new FakeSynthesizer { Delay = _ => TimeSpan.FromSeconds(30) };
        var pipeline = new NarrationPipeline(fake.SynthesizeAsync, new NarrationSettings(MaxParallel: 2));
        using var cts = new CancellationTokenSource();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var narration = All(pipeline.NarrateAsync(Tokens(Prose), cts.Token));
        await fake.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
        cts.CancelAfter(100);

        var ex = await Record.ExceptionAsync(() => narration);
        Assert.IsAssignableFrom<OperationCanceledException>(ex);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        // Every synthesis that started saw the cancellation before the enumeration finished: nothing left running.
        Assert.Equal(fake.Started, fake.Cancelled);
        Assert.True(fake.Started <= 2);
    }

    [Fact]
    public async Task Stopping_early_cancels_the_syntheses_still_running()
    {
        var fake = new FakeSynthesizer { Delay = t => TimeSpan.FromMilliseconds(t.Contains(" 1 ") ? 10 : 30_000) };
        var pipeline = new NarrationPipeline(fake.SynthesizeAsync, new NarrationSettings(MaxParallel: 2));
        await foreach (var chunk in pipeline.NarrateTextAsync(Prose))
        {
            Assert.Equal(0, chunk.Index);
            break; // the visitor pressed stop
        }
        Assert.Equal(fake.Started - 1, fake.Cancelled);
    }

    [Fact]
    public async Task A_failing_text_stream_delivers_what_was_cut_then_throws()
    {
        async IAsyncEnumerable<string> Broken()
        {
            yield return "The storyteller began well. ";
            yield return "Then it ";
            await Task.Yield();
            throw new GenerationException("fake", "The storyteller service broke off.");
        }
        var pipeline = new NarrationPipeline(new FakeSynthesizer().SynthesizeAsync);
        var got = new List<NarrationChunk>();
        var ex = await Record.ExceptionAsync(async () => { await foreach (var c in pipeline.NarrateAsync(Broken())) got.Add(c); });
        Assert.IsType<GenerationException>(ex);
        Assert.Equal(["The storyteller began well."], got.Select(c => c.Sentence));
    }

    [Fact]
    public async Task Without_a_synthesizer_chunks_carry_sentences_for_the_browser()
    {
        var pipeline = new NarrationPipeline(null, new NarrationSettings(Voice: "browser-default"));
        Assert.False(pipeline.MakesAudio);
        var chunks = await All(pipeline.NarrateTextAsync("The moon rose over the hill.\n### Not this\nThe owls woke up."));
        Assert.Equal(["The moon rose over the hill.", "The owls woke up."], chunks.Select(c => c.Sentence));
        Assert.All(chunks, c => { Assert.Null(c.Audio); Assert.Null(c.Error); Assert.Equal("browser-default", c.Voice); });
    }

    [Fact]
    public async Task Character_lines_get_their_own_stable_voice_and_the_request_carries_the_settings()
    {
        var fake = new FakeSynthesizer();
        var voices = new[] { "v1", "v2", "v3", "v4" };
        var extra = new Dictionary<string, object?> { ["exaggeration"] = 0.7 };
        var pipeline = new NarrationPipeline(fake.SynthesizeAsync, new NarrationSettings("narrator", 1.2, 40, extra, CharacterVoices: voices));
        var chunks = await All(pipeline.NarrateTextAsync(
            "The hall was quiet and cold. \"Who goes there?\" said Mira loudly. \"Only me,\" Tom answered softly. \"Good,\" said Mira with a nod."));

        Assert.Equal("narrator", chunks[0].Voice);
        Assert.Null(chunks[0].Speaker);
        Assert.Equal("Mira", chunks[1].Speaker);
        Assert.Equal("Tom", chunks[2].Speaker);
        Assert.Equal(chunks[1].Voice, chunks[3].Voice);
        Assert.Equal(DialogueVoices.VoiceFor("Mira", voices), chunks[1].Voice);
        Assert.All(fake.Requests, r => { Assert.Equal(1.2, r.Speed); Assert.Equal(40, r.Pitch); Assert.Same(extra, r.ExtraParameters); });
    }
}

public sealed class DialogueVoicesTests
{
    [Theory]
    [InlineData("\"Run,\" said Mira.", "Mira")]
    [InlineData("“Run,” Mira said.", "Mira")]
    [InlineData("Mira said, “Run.”", "Mira")]
    [InlineData("“Where?” asked Old-Tom quietly.", "Old-Tom")]
    [InlineData("“Run,” she said.", null)]
    [InlineData("He said, \"Run.\"", null)]
    [InlineData("The river ran on.", null)]
    public void Finds_the_speaker(string sentence, string? speaker) => Assert.Equal(speaker, DialogueVoices.SpeakerOf(sentence));

    [Fact]
    public void The_same_name_always_gets_the_same_voice()
    {
        var voices = DialogueVoices.EspeakDefaults;
        Assert.Equal(DialogueVoices.VoiceFor("Mira", voices), DialogueVoices.VoiceFor("mira", voices));
        var spread = new[] { "Mira", "Tom", "Ada", "Bram", "Cleo", "Dov", "Eli", "Fay" }.Select(n => DialogueVoices.VoiceFor(n, voices)).Distinct().Count();
        Assert.True(spread >= 3, $"only {spread} voices used");
        Assert.Null(DialogueVoices.Pick("\"Run,\" said Mira.", []));
    }
}
