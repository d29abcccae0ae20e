using StoryExhibit.Core.Stories;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.Offline;

public class SampleStoryTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(Audience.Children)]
    [InlineData(Audience.Adults)]
    public async Task Prints_a_three_scene_story(Audience audience)
    {
        var seed = StoryPlayer.Seed(randomSeed: 42, audience: audience, length: 3, prompt: "A robot who wants to learn to paint",
            genre: "Science fiction");
        var scenes = await StoryPlayer.Play(seed);
        foreach (var scene in scenes) output.WriteLine(scene.Text + "\n----");
        Assert.Equal(3, scenes.Count);
    }
}
