using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using StoryExhibit.Web.Components.SpeechInput;

namespace StoryExhibit.Tests.Components.SpeechInput;

/// <summary>The button's script is set up after the first render and released with the component, in any order.</summary>
public sealed class PressToTalkLifetimeTests : ComponentTestContext
{
    private readonly SlowBrowser _browser = new();

    public PressToTalkLifetimeTests()
    {
        Services.AddStorySessionForTests();
        Services.AddSingleton<IJSRuntime>(_browser);
    }

    [Fact]
    public async Task Leaving_while_the_script_loads_never_hands_the_browser_a_released_reference()
    {
        // The own-choice box can go away (the next scene is being written) before the button's script has loaded.
        Render<PressToTalk>();
        var leaving = DisposeComponentsAsync();
        var script = new RecordingScript();
        _browser.Import.SetResult(script);
        await leaving;

        Assert.Equal(["attach: live reference", "detach", "disposed"], script.Calls);
    }

    /// <summary>A browser whose script modules load only when the test says so.</summary>
    private sealed class SlowBrowser : IJSRuntime
    {
        public TaskCompletionSource<IJSObjectReference> Import { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public async ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            identifier == "import" ? (TValue)await Import.Task : default!;
    }

    /// <summary>A browser module that notes each call, and whether the component reference it was given was still live.</summary>
    private sealed class RecordingScript : IJSObjectReference
    {
        public List<string> Calls { get; } = [];

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            var reference = args?.OfType<DotNetObjectReference<PressToTalk>>().FirstOrDefault();
            Calls.Add(reference is null ? identifier : $"{identifier}: {(IsLive(reference) ? "live" : "released")} reference");
            return ValueTask.FromResult(default(TValue)!);
        }

        private static bool IsLive(DotNetObjectReference<PressToTalk> reference)
        {
            try { return reference.Value is not null; }
            catch (ObjectDisposedException) { return false; }
        }

        public ValueTask DisposeAsync()
        {
            Calls.Add("disposed");
            return ValueTask.CompletedTask;
        }
    }
}
