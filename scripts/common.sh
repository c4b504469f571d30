# Shared by run.sh and test.sh: finds a JDK 21+ and sets JAVA_HOME, or explains what is missing.

nianbao_java_version() {
    # prints the major version of the java executable given, e.g. 25 (or 1 for Java 8)
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

nianbao_find_jdk() {
    local candidates=() best="" best_version=0 candidate version
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    if command -v java >/dev/null 2>&1; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    fi
    for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
        [ -d "$candidate" ] && candidates+=("$candidate")
    done
    for candidate in "${candidates[@]}"; do
        [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        version="$(nianbao_java_version "$candidate/bin/java")"
        [ -n "$version" ] || continue
        if [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
            best="$candidate"
            best_version="$version"
        fi
    done
    if [ -z "$best" ]; then
        echo "错误：需要 JDK 21 或更高版本（推荐 Temurin 25），但没有找到。" >&2
        echo "       请安装 JDK（例如 https://adoptium.net），然后设置 JAVA_HOME 指向它，再重新运行。" >&2
        echo "Error: Nianbao needs a JDK 21 or newer (Temurin 25 recommended) and found none;" >&2
        echo "       install one and point JAVA_HOME at it." >&2
        return 1
    fi
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
}
