using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Routing;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Stories;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Routing;

/// <summary>The kernel's one filter: a request id around every call, its latency, a stream's first item, failures apart from cancels.</summary>
public sealed class InvocationLogFilterTests : IDisposable
{
    private readonly CapturedLogs _logs = new();
    private readonly ILoggerFactory _factory;

    public InvocationLogFilterTests() => _factory = _logs.Factory();

    public void Dispose() => _factory.Dispose();

    private InvocationLogFilter Filter() => new(_factory.CreateLogger<InvocationLogFilter>());

    private Kernel KernelWith(IChatClient? storyteller = null, IIllustrator? illustrator = null)
    {
        var story = storyteller is null ? null : new StorytellerPlugin(storyteller,
            new Monitor<TextGenerationOptions>(new TextGenerationOptions()), new Monitor<ExhibitOptions>(new ExhibitOptions()));
        var pictures = illustrator is null ? null : new IllustratorPlugin(illustrator, new StoryExhibit.Core.Generation.Images.Offline.OfflineIllustrator());
        return GeneratorKernel.Create(Filter(), story, pictures);
    }

    private static readonly StoryBrief Brief = new() { Seed = new StorySeed { Prompt = "A fox and a lantern", Genre = "Fantasy" }, SceneNumber = 1 };

    private IReadOnlyList<CapturedLog> FilterLines => _logs.Lines.Where(l => l.Category == typeof(InvocationLogFilter).FullName).ToList();

    [Fact]
    public async Task A_call_is_logged_with_its_request_id_and_latency_and_the_provider_logs_inside_its_scope()
    {
        var providerLog = _factory.CreateLogger("provider");
        var kernel = KernelWith(illustrator: new LoggingIllustrator(providerLog));

        var image = await kernel.PaintPictureAsync(new ImageRequest { Prompt = "a fox" }, default);

        Assert.Equal("image/png", image.MediaType);
        var line = Assert.Single(FilterLines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("Illustrator.paint_picture", line.Values["Function"]);
        Assert.IsType<long>(line.Values["ElapsedMs"]);
        var requestId = Assert.IsType<string>(line.Values["RequestId"]);
        Assert.Equal(12, requestId.Length);
        var inside = Assert.Single(_logs.Lines, l => l.Category == "provider");
        Assert.Equal(requestId, inside.ScopeValues["RequestId"]);
    }

    [Fact]
    public async Task Each_call_gets_its_own_request_id()
    {
        var kernel = KernelWith(illustrator: new LoggingIllustrator(_factory.CreateLogger("provider")));
        await kernel.PaintPictureAsync(new ImageRequest { Prompt = "a fox" }, default);
        await kernel.PaintPictureAsync(new ImageRequest { Prompt = "a fox" }, default);
        Assert.Equal(2, FilterLines.Select(l => l.Values["RequestId"]).Distinct().Count());
    }

    [Fact]
    public async Task A_stream_is_logged_with_its_items_and_the_time_to_the_first()
    {
        var kernel = KernelWith(storyteller: new ScriptedChatClient(["Once ", "upon ", "a ", "time."]));

        var text = "";
        await foreach (var piece in kernel.WriteSceneAsync(Brief, [], default)) text += piece;

        Assert.Equal("Once upon a time.", text);
        var line = Assert.Single(FilterLines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("Storyteller.write_scene", line.Values["Function"]);
        Assert.Equal(4, line.Values["Count"]);
        Assert.IsType<long>(line.Values["FirstMs"]);
        Assert.IsType<long>(line.Values["ElapsedMs"]);
    }

    [Fact]
    public async Task A_cancelled_stream_is_information_not_a_warning()
    {
        var kernel = KernelWith(storyteller: new ScriptedChatClient(["Once ", "upon "], hangAfter: true));
        using var cts = new CancellationTokenSource();
        var received = "";
        var ex = await Record.ExceptionAsync(async () =>
        {
            await foreach (var piece in kernel.WriteSceneAsync(Brief, [], cts.Token))
            {
                received += piece;
                if (received == "Once upon ") await cts.CancelAsync();
            }
        });

        Assert.IsAssignableFrom<OperationCanceledException>(ex);
        Assert.DoesNotContain(_logs.Lines, l => l.Level >= LogLevel.Warning);
        var line = Assert.Single(FilterLines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains("cancelled", line.Message);
        Assert.Equal(2, line.Values["Count"]);
    }

    [Fact]
    public async Task A_failure_is_recorded_without_its_stack_trace_and_reaches_the_caller_as_it_was_thrown()
    {
        var failure = new GenerationException("test", "The storyteller service is busy right now (HTTP 429).");
        var kernel = KernelWith(storyteller: new ScriptedChatClient(["Once "], failAfter: failure));

        var ex = await Assert.ThrowsAsync<GenerationException>(async () => { await foreach (var _ in kernel.WriteSceneAsync(Brief, [], default)) { } });

        Assert.Same(failure, ex);
        // The caller handles the failure and logs it with its exception: here it is the call's record only.
        var line = Assert.Single(FilterLines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
        Assert.Contains("failed", line.Message);
        Assert.Equal(nameof(GenerationException), line.Values["ErrorType"]);
        Assert.Equal(1, line.Values["Count"]);
    }

    [Fact]
    public async Task A_failed_call_and_a_cancelled_one_are_recorded_as_information_without_exceptions()
    {
        var illustrator = new FailingIllustrator();
        var kernel = KernelWith(illustrator: illustrator);
        await Assert.ThrowsAsync<GenerationException>(() => kernel.PaintPictureAsync(new ImageRequest { Prompt = "fail" }, default));
        using var cancel = new CancellationTokenSource();
        var waiting = kernel.PaintPictureAsync(new ImageRequest { Prompt = "wait" }, cancel.Token);
        await illustrator.Waiting.Task;
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        Assert.Equal([LogLevel.Information, LogLevel.Information], FilterLines.Select(l => l.Level));
        Assert.Contains("failed", FilterLines[0].Message);
        Assert.Contains("cancelled", FilterLines[1].Message);
        Assert.All(FilterLines, l => Assert.Null(l.Exception));
    }

    [Fact]
    public async Task A_stream_its_caller_leaves_early_is_logged_as_stopped()
    {
        var kernel = KernelWith(storyteller: new ScriptedChatClient(["Once ", "upon ", "a ", "time."]));
        await foreach (var _ in kernel.WriteSceneAsync(Brief, [], default)) break;

        var line = Assert.Single(FilterLines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains("stopped by its caller", line.Message);
        Assert.Equal(1, line.Values["Count"]);
    }

    private sealed class LoggingIllustrator(ILogger log) : IIllustrator
    {
        public string Name => "logging";
        public Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
        {
            log.LogInformation("Painting {Prompt}", request.Prompt);
            return Task.FromResult(new GeneratedImage([1, 2, 3], "image/png", "a fox", 1, 1));
        }
    }

    /// <summary>"fail" fails at once; anything else waits until cancelled.</summary>
    private sealed class FailingIllustrator : IIllustrator
    {
        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public string Name => "failing";
        public async Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
        {
            await Task.Yield();
            if (request.Prompt == "fail") throw new GenerationException("failing", "The painter is unwell.");
            Waiting.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class Monitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
