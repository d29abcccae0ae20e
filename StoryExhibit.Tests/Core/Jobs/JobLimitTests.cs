using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Tests.Core.Jobs;

/// <summary>How many jobs an owner may have under way, how long finished jobs are kept, and the section's validation.</summary>
public sealed class JobLimitTests
{
    [Fact]
    public async Task An_owner_may_have_only_so_many_jobs_under_way_and_others_are_not_held_back()
    {
        await using var world = await JobWorld.StartAsync(settings: new Dictionary<string, string?> { ["Jobs:MaxPerOwner"] = "2" });
        var visitor = JobOwner.Visitor("busy");
        var first = await world.StartAsync(new TestJobInput("one", Hold: true), owner: visitor);
        await world.StartAsync(new TestJobInput("two", Hold: true), owner: visitor);

        var refused = await Assert.ThrowsAsync<JobLimitException>(() => world.StartAsync(new TestJobInput("three"), owner: visitor));
        Assert.Contains("2 jobs", refused.Message);
        await world.StartAsync(new TestJobInput("someone else's", Hold: true), owner: JobOwner.Visitor("other"));

        await world.Gate.NextStartAsync();
        world.Gate.Release();
        await world.UntilFinishedAsync(first.Id);
        var again = await world.StartAsync(new TestJobInput("three"), owner: visitor);
        Assert.Equal(JobState.Queued, again.State);
    }

    [Fact]
    public async Task The_clean_up_deletes_finished_jobs_older_than_the_retention_with_their_folders_and_keeps_the_rest()
    {
        await using var world = await JobWorld.StartAsync(settings: new Dictionary<string, string?> { ["Jobs:KeepFor"] = "2.00:00:00" });
        var old = await world.StartAsync(new TestJobInput("old"), TestJobHandler.PairKind);
        await world.UntilFinishedAsync(old.Id);
        var folder = Path.GetDirectoryName(await world.Jobs.FilePathAsync(old.Id, "result.txt", default))!;
        Assert.True(Directory.Exists(folder));

        world.Clock.Offset = TimeSpan.FromDays(1);
        var unfinished = await world.StartAsync(new TestJobInput("unfinished", Hold: true), TestJobHandler.PairKind);
        Assert.Equal(0, await world.Get<JobRetention>().CleanUpAsync(default));

        world.Clock.Offset = TimeSpan.FromDays(3);
        Assert.Equal(1, await world.Get<JobRetention>().CleanUpAsync(default));
        Assert.Null(await world.Jobs.FindAsync(old.Id, default));
        Assert.False(Directory.Exists(folder));
        Assert.NotNull(await world.Jobs.FindAsync(unfinished.Id, default));
    }

    [Theory]
    [InlineData("Jobs:MaxPerOwner", "0", "Jobs:MaxPerOwner")]
    [InlineData("Jobs:KeepFor", "00:00:10", "Jobs:KeepFor")]
    [InlineData("Jobs:Folder", " ", "Jobs:Folder")]
    [InlineData("Jobs:CleanUpEvery", "00:00:00", "Jobs:CleanUpEvery")]
    public void A_section_that_does_not_fit_is_refused_naming_the_setting(string key, string value, string named)
    {
        var folder = Directory.CreateTempSubdirectory("storyexhibit-jobs-").FullName;
        using var services = JobWorld.Build(folder, TimeProvider.System, new Dictionary<string, string?> { [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<JobOptions>>().Value);
        Assert.Contains(named, refused.Message);
        Directory.Delete(folder, recursive: true);
    }
}
