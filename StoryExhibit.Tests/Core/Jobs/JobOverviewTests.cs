using System.Text.Json;
using StoryExhibit.Core.ApiKeys;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Jobs;

/// <summary>The staff's view of every job: newest first, counted, with owners named as staff may see them.</summary>
public sealed class JobOverviewTests : IAsyncLifetime
{
    private JobWorld _world = null!;

    public async Task InitializeAsync() => _world = await JobWorld.StartAsync();
    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Owners_are_named_without_a_visitors_key_and_stories_by_their_code()
    {
        var story = await _world.Get<StoryStore>().CreateAsync(new Story
        {
            Title = "The Silver Compass", Seed = new StorySeed { Prompt = "A compass", Genre = "Adventure" },
        }, default);
        var key = await _world.Get<ApiKeyStore>().IssueAsync("Museum website", "admin", default);
        var byVisitor = await _world.Jobs.StartAsync(TestJobHandler.Kind, new TestJobInput("visitor", Hold: true), JobOwner.Visitor("visitor-secret-key"), story.Id, default);
        var byKey = await _world.StartAsync(new TestJobInput("key", Hold: true), owner: JobOwner.ApiKey(key.Key.Id));
        var byStaff = await _world.StartAsync(new TestJobInput("staff", Hold: true), owner: JobOwner.Staff("ana"));

        var overview = await _world.Jobs.OverviewAsync(50, default);

        Assert.Equal([byStaff.Id, byKey.Id, byVisitor.Id], overview.Newest.Select(j => j.Job.Id));
        Assert.Equal(3, overview.Total);
        Assert.Equal((JobOwnerKind.Staff, "ana", (string?)null), (overview.Newest[0].OwnerKind, overview.Newest[0].OwnerName, overview.Newest[0].StoryCode));
        Assert.Equal((JobOwnerKind.ApiKey, "Museum website"), (overview.Newest[1].OwnerKind, overview.Newest[1].OwnerName));
        Assert.Equal((JobOwnerKind.Visitor, (string?)null, story.SessionCode), (overview.Newest[2].OwnerKind, overview.Newest[2].OwnerName, overview.Newest[2].StoryCode));
        Assert.DoesNotContain("visitor-secret-key", JsonSerializer.Serialize(overview));

        var newestTwo = await _world.Jobs.OverviewAsync(2, default);
        Assert.Equal((2, 3), (newestTwo.Newest.Count, newestTwo.Total));
    }
}
