using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace StoryExhibit.Tests.Components;

/// <summary>The one place that prepares Radzen's services and JS interop for component tests.</summary>
public abstract class ComponentTestContext : BunitContext
{
    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
    }
}
