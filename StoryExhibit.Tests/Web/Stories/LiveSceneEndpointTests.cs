using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Web.Stories;

/// <summary>The whole app in the test process streaming a scene's words as it is written: one JSON line a step.</summary>
public sealed class LiveSceneEndpointTests(InProcessApp app) : IClassFixture<InProcessApp>
{
    private LiveScenes Live => app.Services.GetRequiredService<LiveScenes>();

    [Fact]
    public async Task A_scene_being_written_streams_what_is_new_each_step_and_a_scene_started_again_replaces_it()
    {
        var scene = new Scene { StoryId = Guid.NewGuid() };
        await using var writer = Live.TryBegin(scene.StoryId)!;
        writer.Begin(scene);

        using var response = await app.Client.GetAsync($"/stories/live/{scene.Id}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        using var lines = new StreamReader(await response.Content.ReadAsStreamAsync());

        Assert.Equal((0, ""), await NextAsync(lines));
        // Each step is read before the next is written: a reader this quick misses none.
        foreach (var (prose, expected) in new[]
        {
            ("Once", (0, "Once")),
            ("Once upon <b>a</b>", (4, " upon <b>a</b>")),
            ("", (0, "")), // written again from its start
            ("A new “tale” 🌙", (0, "A new “tale” 🌙")),
        })
        {
            writer.Published(new SceneProgress(scene, prose, Finished: false));
            Assert.Equal(expected, await NextAsync(lines));
        }
        writer.Published(new SceneProgress(scene, "A new “tale” 🌙 ends.", Finished: true));
        Assert.Equal((15, " ends."), await NextAsync(lines));
        Assert.Null(await lines.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10))); // the response ends with the scene
        Assert.True(await writer.Ended);
    }

    [Fact]
    public async Task A_page_that_leaves_mid_scene_does_not_hold_up_the_scene_and_a_page_coming_back_gets_all_of_it()
    {
        var scene = new Scene { StoryId = Guid.NewGuid() };
        await using var writer = Live.TryBegin(scene.StoryId)!;
        writer.Begin(scene);
        writer.Published(new SceneProgress(scene, "The lamp", Finished: false));

        var left = await app.Client.GetAsync($"/stories/live/{scene.Id}", HttpCompletionOption.ResponseHeadersRead);
        using (var lines = new StreamReader(await left.Content.ReadAsStreamAsync()))
            Assert.Equal((0, "The lamp"), await NextAsync(lines));
        left.Dispose(); // the visitor's connection dropped

        writer.Published(new SceneProgress(scene, "The lamp went out.", Finished: false));
        using var back = await app.Client.GetAsync($"/stories/live/{scene.Id}", HttpCompletionOption.ResponseHeadersRead);
        using var again = new StreamReader(await back.Content.ReadAsStreamAsync());
        Assert.Equal((0, "The lamp went out."), await NextAsync(again));
        writer.Published(new SceneProgress(scene, "The lamp went out. Dark.", Finished: true));
        Assert.Equal((18, " Dark."), await NextAsync(again));
        Assert.True(await writer.Ended);
    }

    [Fact]
    public async Task A_scene_not_being_written_has_nothing_to_stream()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.GetAsync($"/stories/live/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/stories/live/not-an-id")).StatusCode);

        var scene = new Scene { StoryId = Guid.NewGuid() };
        var writer = Live.TryBegin(scene.StoryId)!;
        writer.Begin(scene);
        await writer.DisposeAsync(); // broke off without finishing
        Assert.False(await writer.Ended);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.GetAsync($"/stories/live/{scene.Id}")).StatusCode);
    }

    private static async Task<(int At, string Add)> NextAsync(StreamReader lines)
    {
        var line = await lines.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)) ?? throw new Xunit.Sdk.XunitException("The stream ended early.");
        using var step = JsonDocument.Parse(line);
        return (step.RootElement.GetProperty("at").GetInt32(), step.RootElement.GetProperty("add").GetString()!);
    }
}
