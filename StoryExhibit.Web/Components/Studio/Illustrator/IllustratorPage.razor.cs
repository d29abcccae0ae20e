using Microsoft.AspNetCore.Components.Forms;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.StoryIllustrator;

namespace StoryExhibit.Web.Components.Studio.Illustrator;

/// <summary>
/// The studio's illustrator: a story typed, uploaded (over the circuit's stream, stored server-side, never inlined in the
/// page) or given by URL, the look of the pictures, then the job's progress and the pictures one by one with a ZIP.
/// </summary>
public partial class IllustratorPage
{
    private const int TextTab = 0, FileTab = 1, UrlTab = 2;

    private int source;
    private string? typed;
    private string? url;
    private string? uploadedName;
    private string? uploadedFile;
    private int uploadedCharacters;
    private string? uploadProblem;
    private bool uploading;
    private ArtStyle style = ArtStyle.Storybook;
    private PictureAspect aspect = PictureAspect.Wide;
    private PictureQuality quality = PictureQuality.Standard;
    private int pictures = 4;
    private bool starting;
    private List<string> problems = [];
    private Guid? jobId;
    private bool finished;
    private IReadOnlyList<PaintedScene>? scenes;
    private readonly CancellationTokenSource _leaving = new();

    private int MaxPictures => Options.CurrentValue.MaxPictures;
    private string MaxMegabytes => (Options.CurrentValue.MaxBytes / (1024.0 * 1024)).ToString("0.#");

    private async Task UploadAsync(IBrowserFile? file)
    {
        uploadedName = uploadedFile = uploadProblem = null;
        if (file is null) return;
        var maxBytes = Options.CurrentValue.MaxBytes;
        if (DocumentText.TypeProblem(file.Name) is { } wrongType) { uploadProblem = wrongType; return; }
        if (file.Size > maxBytes) { uploadProblem = DocumentText.SizeProblem(maxBytes); return; }
        uploading = true;
        try
        {
            await using var stream = file.OpenReadStream(maxBytes, _leaving.Token);
            var stored = await Uploads.SaveAsync(file.Name, stream, _leaving.Token);
            // Read now so a damaged file is named at once, not after the job has queued.
            var text = await Task.Run(() => Uploads.ReadTextAsync(stored, _leaving.Token), _leaving.Token);
            (uploadedName, uploadedFile, uploadedCharacters) = (stored, file.Name, text.Length);
        }
        catch (JobInputException ex) { uploadProblem = ex.Message; }
        catch (OperationCanceledException) when (_leaving.IsCancellationRequested) { }
        catch (IOException ex)
        {
            Log.LogInformation(ex, "Illustrator upload {FileName} did not arrive", file.Name);
            uploadProblem = "The file did not arrive whole: please try again.";
        }
        finally { uploading = false; }
    }

    private IllustratorInput Input() => new()
    {
        Text = source == TextTab ? typed : null,
        UploadName = source == FileTab ? uploadedName : null,
        Url = source == UrlTab ? url?.Trim() : null,
        Style = style,
        Aspect = aspect,
        Quality = quality,
        MaxPictures = pictures,
    };

    private async Task IllustrateAsync()
    {
        problems = [];
        if (source == FileTab && uploadedName is null) { problems = ["File: choose a story file first."]; return; }
        starting = true;
        try
        {
            var job = await Jobs.StartAsync(JobKinds.Illustrator, Input(), JobOwner.Visitor(Visitor.Key), null, _leaving.Token);
            (jobId, finished, scenes) = (job.Id, false, null);
        }
        catch (JobInputException ex) { problems = [.. ex.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries)]; }
        catch (JobLimitException ex) { problems = [ex.Message]; }
        catch (OperationCanceledException) when (_leaving.IsCancellationRequested) { }
        finally { starting = false; }
    }

    private async Task FinishedAsync(JobSnapshot job)
    {
        finished = true;
        if (job.State != JobState.Succeeded) return;
        try
        {
            if (await Jobs.FilePathAsync(job.Id, IllustrationArchive.ScenesFile, _leaving.Token) is { } path)
                scenes = IllustrationArchive.ReadScenes(path);
        }
        catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException)
        {
            Log.LogWarning(ex, "Illustrator job {JobId} finished without readable scenes", job.Id);
        }
    }

    private static string StyleName(ArtStyle style) => style switch
    {
        ArtStyle.PixelArt => "Pixel art",
        ArtStyle.OilPainting => "Oil painting",
        _ => style.ToString(),
    };

    public void Dispose()
    {
        _leaving.Cancel();
        _leaving.Dispose();
    }
}
