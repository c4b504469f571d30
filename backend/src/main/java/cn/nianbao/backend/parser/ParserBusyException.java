package cn.nianbao.backend.parser;

/** Every worker is busy and the queue of waiting documents is full: the caller should try again shortly. */
public class ParserBusyException extends RuntimeException {

    public ParserBusyException(int queueLength) {
        super("解析队列已满（" + queueLength + " 个文件在等待），请稍后重试");
    }
}
