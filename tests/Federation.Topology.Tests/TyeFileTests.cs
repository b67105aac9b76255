using Federation.Launcher;

namespace Federation.Topology.Tests;

public sealed class TyeFileTests : TestsWith<TempFolder>
{
    [Fact]
    public void Repository_tye_file_runs_a_rabbitmq_broker_and_the_catalog_project_it_names()
    {
        var tye = TyeFile.Load(Repository.TyeFile);

        var broker = Assert.Single(tye.Services, s => s.Name == "broker");
        var catalog = Assert.Single(tye.Services, s => s.Name == "catalog");
        Assert.Equal("rabbitmq", broker.Kind);
        Assert.NotNull(catalog.Project);
        Assert.True(File.Exists(Path.Combine(Repository.Root, catalog.Project)), $"{catalog.Project} does not exist");
        Assert.True(File.Exists(Path.GetFullPath(tye.Members, Repository.Root)), $"{tye.Members} does not exist");
    }

    [Fact]
    public void Repository_tye_file_runs_one_mail_server_on_fixed_loopback_ports()
    {
        var mail = Assert.Single(TyeFile.Load(Repository.TyeFile).Services, s => s.Kind == "smtp4dev");

        Assert.Equal(("mail", 5025, 5080), (mail.Name, mail.SmtpPort, mail.WebPort));
    }

    [Fact]
    public void A_second_mail_server_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("""
            services:
              - name: mail
                kind: smtp4dev
              - name: mail2
                kind: smtp4dev
            """));

        Assert.Contains("one `kind: smtp4dev` serves the whole federation", error.Message);
    }

    [Fact]
    public void A_service_listed_twice_is_rejected_naming_it()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("""
            services:
              - name: catalog
                project: a.csproj
              - name: catalog
                project: b.csproj
            """));

        Assert.Contains("'catalog' is listed more than once", error.Message);
    }

    [Fact]
    public void A_service_with_neither_project_nor_kind_is_rejected_naming_it()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("""
            services:
              - name: trials
                health: /health
            """));

        Assert.Contains("service 'trials' needs `project:`, `kind: rabbitmq` or `kind: smtp4dev`", error.Message);
    }

    [Fact]
    public void A_service_of_an_unknown_kind_is_rejected_naming_the_kind()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("""
            services:
              - name: broker
                kind: kafka
            """));

        Assert.Contains("service 'broker' has unknown kind 'kafka'", error.Message);
    }

    private TyeFile Load(string yaml)
    {
        var path = Scratch.File("tye.yaml");
        File.WriteAllText(path, yaml);
        return TyeFile.Load(path);
    }
}
