using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>
/// Story files visitors upload for the illustrator, kept under a name we make (an id and the file's type) until the job
/// has read them; a day later they are removed.
/// </summary>
public sealed partial class IllustratorUploads(DataFolders folders, IOptionsMonitor<IllustratorOptions> options)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public string Folder => Path.Combine(folders.Root, "studio-uploads");

    /// <summary>Stores an upload and returns its stored name; refuses a type we cannot read and a file over the size limit.</summary>
    public async Task<string> SaveAsync(string fileName, Stream content, CancellationToken ct)
    {
        if (DocumentText.TypeProblem(fileName) is { } wrongType) throw new JobInputException(wrongType);
        var maxBytes = options.CurrentValue.MaxBytes;
        Directory.CreateDirectory(Folder);
        RemoveOld();
        var name = Guid.NewGuid().ToString("N") + Path.GetExtension(fileName).ToLowerInvariant();
        var path = Path.Combine(Folder, name);
        try
        {
            await using var file = File.Create(path);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                if (file.Length + read > maxBytes) throw new JobInputException(DocumentText.SizeProblem(maxBytes));
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return name;
    }

    /// <summary>The text of a stored upload.</summary>
    public async Task<string> ReadTextAsync(string storedName, CancellationToken ct)
    {
        if (!StoredName().IsMatch(storedName)) throw new JobInputException("That uploaded file is not one of ours.");
        var path = Path.Combine(Folder, storedName);
        if (!File.Exists(path)) throw new JobInputException("The uploaded file is no longer here: please upload it again.");
        var maxBytes = options.CurrentValue.MaxBytes;
        if (new FileInfo(path).Length > maxBytes) throw new JobInputException(DocumentText.SizeProblem(maxBytes));
        return DocumentText.Read(storedName, await File.ReadAllBytesAsync(path, ct), maxBytes);
    }

    public static bool IsStoredName(string name) => StoredName().IsMatch(name);

    private void RemoveOld()
    {
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles())
            if (DateTime.UtcNow - file.LastWriteTimeUtc > KeptFor) file.Delete();
    }

    [GeneratedRegex(@"^[0-9a-f]{32}\.(txt|md|docx|pdf)$")] private static partial Regex StoredName();
}
