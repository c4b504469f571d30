package cn.nianbao.backend;

import java.util.Arrays;

import cn.nianbao.backend.parser.cli.ParseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The backend service, or — with {@code parse FILE...} — the command-line parser, which starts no web server and no
 * database.
 */
@SpringBootApplication
public class NianbaoBackend {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("parse")) {
            System.exit(ParseCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(NianbaoBackend.class, args);
    }
}
