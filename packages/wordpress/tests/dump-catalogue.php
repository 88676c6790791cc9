<?php
// Prints the widget catalogue as JSON, with just enough of WordPress stubbed to load includes/widgets.php.
// Used by the tests (and to write blocks/*/block.json) without a WordPress install.
define( 'ABSPATH', __DIR__ );
function __( $text, $domain = 'default' ) {
	return $text;
}
require dirname( __DIR__ ) . '/includes/widgets.php';
echo json_encode( solidarity_widgets_catalogue(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
