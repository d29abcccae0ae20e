using System.Text.Json;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Web.Privacy;

namespace StoryExhibit.Tests.Core.Privacy;

/// <summary>What a visitor downloads before deleting their story.</summary>
public sealed class VisitorDataReaderTests : IAsyncLifetime
{
    private PrivacyWorld _world = null!;

    public async Task InitializeAsync() => _world = await PrivacyWorld.StartAsync(retentionDays: 14);
    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_export_holds_the_seed_the_prose_the_choices_feedback_consents_and_links()
    {
        var mine = await _world.SeedStoryAsync("A fox who keeps a lighthouse");
        await _world.SeedStoryAsync("An owl who runs a bakery");

        var export = await _world.Get<VisitorDataReader>().ReadAsync(mine.Story.SessionCode, "https://exhibit.example/", default);

        Assert.NotNull(export);
        Assert.Equal(mine.Story.SessionCode, export.Story.SessionCode);
        Assert.Equal("A fox who keeps a lighthouse", export.Story.Prompt);
        Assert.Equal(14, export.RetentionDays);
        Assert.Equal(_world.Clock.Now.UtcDateTime.AddDays(14), export.DeletedAutomaticallyAfterUtc);
        Assert.Equal([1, 2], export.Scenes.Select(s => s.Number));
        Assert.Equal("A fox who keeps a lighthouse: the second scene.", export.Scenes[1].Prose);
        Assert.Equal("Climb the stairs", export.Scenes[1].ChosenToGetHere);
        Assert.Equal(["Climb the stairs", "Row to the island"], export.Scenes[0].Choices.Select(c => c.Text));
        Assert.True(export.Scenes[0].Choices[1].WrittenByVisitor);
        Assert.Matches("^https://exhibit.example/illustrations/[0-9a-f-]{36}$", export.Scenes[0].Pictures.Single().Url);
        Assert.Matches("^https://exhibit.example/narration/[0-9a-f-]{36}$", export.Scenes[0].Narration.Single().Url);
        Assert.Equal("Loved A fox who keeps a lighthouse", export.Feedback.Single().Comment);
        Assert.Equal(("camera", true, "2026-11"), (export.Consents.Single().Purpose, export.Consents.Single().Granted, export.Consents.Single().PolicyVersion));
        Assert.Equal(2, export.Events.Count);

        var json = JsonSerializer.Serialize(export, PrivacyEndpoints.Json);
        Assert.Contains("\"prompt\": \"A fox who keeps a lighthouse\"", json);
        Assert.DoesNotContain("bakery", json, StringComparison.OrdinalIgnoreCase); // the other story (session codes may spell OWL)
    }

    [Theory]
    [InlineData("")]
    [InlineData("FOX")]
    [InlineData("ZZZ-0000")]
    public async Task An_unknown_or_malformed_code_reads_nothing(string code)
    {
        await _world.SeedStoryAsync();
        Assert.Null(await _world.Get<VisitorDataReader>().ReadAsync(code, "", default));
    }
}
