using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Privacy;

namespace StoryExhibit.Tests.Core.Privacy;

public sealed class ConsentLogTests : IAsyncLifetime
{
    private PrivacyWorld _world = null!;

    public async Task InitializeAsync() => _world = await PrivacyWorld.StartAsync(policyVersion: "2026-11b");
    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task An_answer_is_stored_with_the_time_and_policy_version_and_then_tied_to_the_story()
    {
        var consents = _world.Get<ConsentLog>();
        var granted = await consents.RecordAsync(ConsentPurposes.Camera, granted: true, default);
        var declined = await consents.RecordAsync(ConsentPurposes.Camera, granted: false, default);
        var story = await _world.SeedStoryAsync();
        await consents.AttachAsync(granted.Id, story.Story.SessionCode.ToLowerInvariant(), default);

        await using var db = await _world.DbAsync();
        var stored = await db.Consents.SingleAsync(c => c.Id == granted.Id);
        Assert.Equal(("camera", true, "2026-11b", _world.Clock.Now.UtcDateTime, story.Story.SessionCode),
            (stored.Purpose, stored.Granted, stored.PolicyVersion, stored.RecordedUtc, stored.SessionCode));
        var no = await db.Consents.SingleAsync(c => c.Id == declined.Id);
        Assert.Equal((false, null), (no.Granted, no.SessionCode));
    }
}
