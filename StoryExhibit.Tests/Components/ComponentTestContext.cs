using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace StoryExhibit.Tests.Components;

/// <summary>
/// The one place that prepares MudBlazor's services and JS interop for component tests.
/// MudBlazor registers services that are only IAsyncDisposable, so the context is disposed asynchronously.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    // bUnit waits one second by default; a component that reads the database can take longer on a busy test machine.
    static ComponentTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A test's own clean-up, before the context itself is disposed.</summary>
    protected virtual Task DisposeTestAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeTestAsync();
        await base.DisposeAsync();
    }
}
