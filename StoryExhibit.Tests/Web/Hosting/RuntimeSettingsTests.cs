using System.Text.Json;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Web.Hosting;

/// <summary>
/// The runtime settings the app is built with for a small exhibit machine: no dynamic PGO (it kept the JIT busy for the
/// first minutes after every start, recompiling hot code twice more) and thread-pool workers that sleep instead of spinning.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_app_runs_without_dynamic_PGO_and_without_spinning_thread_pool_workers()
    {
        var path = Path.Combine(AppServer.WebAppFolder, "StoryExhibit.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
