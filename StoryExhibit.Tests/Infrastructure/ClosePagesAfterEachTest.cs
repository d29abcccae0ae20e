using System.Reflection;
using Microsoft.Playwright;
using Xunit.Sdk;

[assembly: StoryExhibit.Tests.Infrastructure.ClosePagesAfterEachTest]

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>
/// Closes the browser contexts a test opened once it is done. A page left open keeps its circuit, its animations, its
/// narration and its canvas streams running in the browser and the app while the class's later tests run: on two cores
/// that is CPU taken from them. Contexts opened before the test (a fixture's own) are left to their owners.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ClosePagesAfterEachTestAttribute : BeforeAfterTestAttribute
{
    private static HashSet<IBrowserContext> _before = [];

    public override void Before(MethodInfo methodUnderTest) => _before = [.. Chromium.Launched.SelectMany(OpenContexts)];

    public override void After(MethodInfo methodUnderTest)
    {
        var opened = Chromium.Launched.SelectMany(OpenContexts).Where(c => !_before.Contains(c)).ToList();
        if (opened.Count == 0) return;
        Task.WhenAll(opened.Select(Chromium.CloseAsync)).GetAwaiter().GetResult();
    }

    private static IEnumerable<IBrowserContext> OpenContexts(IBrowser browser) => browser.IsConnected ? browser.Contexts : [];
}
