package cn.nianbao.backend.platform.database;

import static cn.nianbao.backend.db.Tables.INSTALLATION_SECRET;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Secrets of this installation kept in the database where the application's role cannot read them
 * ({@code installation_secret}, owner only): a SQL injection or a stolen application password does not give them
 * away. Read and written through the owner role, once, at start.
 */
@Component
public class InstallationSecrets {

    private final OwnerDatabase owner;

    InstallationSecrets(OwnerDatabase owner) {
        this.owner = owner;
    }

    /** The secret called {@code name}, created from {@code generator} the first time it is asked for. */
    public String getOrCreate(String name, Supplier<String> generator) {
        return owner.run(dsl -> {
            dsl.insertInto(INSTALLATION_SECRET, INSTALLATION_SECRET.NAME, INSTALLATION_SECRET.VALUE)
                    .values(name, generator.get())
                    .onConflictDoNothing()
                    .execute();
            return dsl.select(INSTALLATION_SECRET.VALUE).from(INSTALLATION_SECRET)
                    .where(INSTALLATION_SECRET.NAME.eq(name)).fetchOne(INSTALLATION_SECRET.VALUE);
        });
    }

    /** False in the recommended setup; true when the application's role is the owner and can read them too. */
    public boolean readableByTheApplication() {
        return owner.applicationIsOwner();
    }
}
